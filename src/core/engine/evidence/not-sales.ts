/**
 * Documents that are no sale in a document-type column (SPEC 2.1): a quote, a pro-forma, an order,
 * a delivery note. Listed beside the invoices by Sellsy, Axonaut or EBP's document lists, their
 * amounts are offers or shipments, not revenue (the invoice, when there is one, is the sale). Their
 * rows are set apart, never counted; one warning per value with its count and first row. So are a
 * customer ledger's payments ("Payment", SAP's "DZ") when the column lists invoices beside them.
 */
import Decimal from "decimal.js";
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import {
  DEPOSIT_DOCUMENTS,
  NOT_NATURE_DOCUMENTS,
  NOT_SALE_DOCUMENTS,
  ORDER_DOCUMENTS,
  PAYMENT_DOCUMENTS,
  PURCHASE_DOCUMENTS,
  codedDocument,
  type CodedDocument,
  type DocumentCodeSystem,
} from "../../rules";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import type { EngineResult } from "../result";
import { lineContribution } from "../lines";
import { exactCell } from "./columns";
import { namesPeriodTotal } from "./dated-totals";
import type { OpenInvoices } from "./open-invoices";
import { perValueWarnings } from "./per-value";

const NOT_SALES: ReadonlySet<string> = new Set(NOT_SALE_DOCUMENTS.map(normalizeText));
const DEPOSITS: ReadonlySet<string> = new Set(DEPOSIT_DOCUMENTS.map(normalizeText));
const PAYMENTS: ReadonlySet<string> = new Set(PAYMENT_DOCUMENTS.map(normalizeText));
const INVOICES: ReadonlySet<string> = new Set(NOT_NATURE_DOCUMENTS.map(normalizeText));
const ORDERS: ReadonlySet<string> = new Set(ORDER_DOCUMENTS.map(normalizeText));
const PURCHASES: ReadonlySet<string> = new Set(PURCHASE_DOCUMENTS.map(normalizeText));

/** What a document-type value says of its rows: no sale, a payment, a deposit, an invoice, or nothing. */
type DocumentRow = "no_sale" | "payment" | "purchase" | "order" | "deposit" | "invoice" | "unknown" | null;

/** What notSaleRows found in a document-type column. */
export interface NotSales {
  /** Rows set apart (no sale), with their warnings. */
  rows: Set<number>;
  diagnostics: Diagnostic[];
  /** The column holds invoices (so its payments may be no sales; carried to the next chunks). */
  invoices: boolean;
  /** Rows of payments beside those invoices, for paymentRows to read once their amounts are known. */
  payments: number[];
  /** Rows of this table's invoices, which the payments beside them pay (paymentRows). */
  invoiceRows: number[];
  /** Payments or orders were counted as sales: no invoice beside them (yet). */
  paymentsCounted: boolean;
  /** Rows of deposit invoices (counted unless their final invoice restates them: depositRows). */
  deposits: number[];
}

/**
 * What a coded document (SAP's, Xero's, Sage 50 UK's…) says of its rows; a credit note is read by
 * credit-notes.ts. A posting (Sage 50 UK's bank receipt) is set apart, as a purchase, only where no
 * account decides.
 */
const CODED_ROWS: Readonly<Record<CodedDocument, DocumentRow>> = {
  invoice: "invoice",
  credit: null,
  no_sale: "no_sale",
  purchase: "purchase",
  payment: "payment",
  posting: "purchase",
};

/** A document-type value's reading (the sets above, or the proven software's codes). */
function documentRow(value: string, codes: DocumentCodeSystem["id"] | undefined): DocumentRow {
  if (codes !== undefined) {
    const coded = codedDocument(codes, value);
    return coded === undefined ? "unknown" : CODED_ROWS[coded];
  }
  const n = normalizeText(value);
  if (NOT_SALES.has(n)) return "no_sale";
  if (PAYMENTS.has(n)) return "payment";
  if (PURCHASES.has(n)) return "purchase";
  if (ORDERS.has(n)) return "order";
  if (DEPOSITS.has(n)) return "deposit";
  return INVOICES.has(n) ? "invoice" : null;
}

/**
 * The rows of documents that are no sale and their warnings, and a warning per deposit-invoice value
 * (counted); customer payments beside invoices (here, or in earlier chunks: `invoicesPrior`) when
 * no account decides (`readPayments`), for paymentRows, and then purchases and bank documents too. Null without a document-type column.
 */
export function notSaleRows(
  table: RawTable,
  map: Mapping,
  invoicesPrior = false,
  readPayments = true,
  codes?: DocumentCodeSystem["id"],
): NotSales | null {
  const col = map.doc_type;
  if (col === undefined) return null;
  const rows = new Set<number>();
  const deposits: number[] = [];
  const paid: number[] = [];
  const orders: number[] = [];
  const invoiceRows: number[] = [];
  const unknown: number[] = [];
  let invoices = invoicesPrior;
  const memo = new Map<string, DocumentRow>();
  for (let i = 0; i < table.rows.length; i++) {
    const value = cellText(table.rows[i]?.[col]);
    if (value === "") continue;
    let what = memo.get(value);
    if (what === undefined) {
      what = documentRow(value, codes);
      if (memo.size < 1_000) memo.set(value, what);
    }
    if (what === "no_sale" || (what === "purchase" && readPayments)) rows.add(i);
    else if (what === "payment" && readPayments) paid.push(i);
    else if (what === "order") orders.push(i);
    else if (what === "invoice") {
      invoices = true;
      invoiceRows.push(i);
    } else if (what === "deposit" && !table.notLines?.has(i)) deposits.push(i);
    else if (what === "unknown" && !table.notLines?.has(i) && !namesPeriodTotal(value)) unknown.push(i);
  }
  // Orders beside invoices are no sales; without invoices (Amazon's "Order"), they are the sales.
  if (invoices) for (const i of orders) rows.add(i);
  const diagnostics = [
    ...perValueWarnings(
      table,
      col,
      [...rows].sort((a, b) => a - b),
      DIAG.documentNotSale,
    ),
    // A code no table of the column's software knows: read as an ordinary line, said.
    ...perValueWarnings(table, col, unknown, DIAG.documentCodeUnknown),
  ];
  const payments = invoices ? paid : [];
  const counted = !invoices && paid.length + orders.length > 0;
  return { rows, diagnostics, invoices, payments, invoiceRows, paymentsCounted: counted, deposits };
}

/** Customers owing, and unpaid invoices, carried to the next chunk at most (memory stays bounded). */
const MAX_CARRIED = 100_000;

/**
 * A customer ledger's payments among `found.payments`: those that take money off the customer's
 * account (negative, or zero in a sales column), as its payments do, and a positive one that pays
 * the table's invoices or those earlier chunks left unpaid (`prior`; QuickBooks' transaction lists
 * write payments positive; see paidInvoices).
 * Any other positive "Règlement" or "Encaissement" is money received for a sale the list holds no
 * invoice of (a receipts book's, a till's): counted, and said (payment_counted). Null when none.
 * Read in chunks (`prior` given), `open`: the invoices still unpaid, for the next chunk.
 */
export function paymentRows(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  found: NotSales | null,
  prior?: OpenInvoices,
): { rows: Set<number>; diagnostics: Diagnostic[]; open?: OpenInvoices } | null {
  const col = map.doc_type;
  if (found === null || col === undefined || !found.invoices) return null;
  if (found.payments.length === 0 && prior === undefined) return null;
  const pays = paidInvoices(result, table, map, found, prior);
  const rows = new Set<number>();
  const counted: number[] = [];
  const positive: [number, Decimal][] = [];
  // Payments taking money off the account first: they pay invoices too, before the positive ones.
  for (const i of found.payments) {
    if (result.lines.classification[i] < 0) continue;
    const c = lineContribution(result, i);
    if (c.gt(0)) positive.push([i, c]);
    else {
      rows.add(i);
      pays.pay(i, c.abs());
    }
  }
  for (const [i, c] of positive) {
    if (pays.pay(i, c)) rows.add(i);
    else counted.push(i);
  }
  // Payments beside invoices still counted (a receipts book's, or for invoices the list does not hold): said.
  const diagnostics = [
    ...perValueWarnings(
      table,
      col,
      [...rows].sort((a, b) => a - b),
      DIAG.paymentNotSale,
    ),
    ...perValueWarnings(table, col, counted, DIAG.paymentCounted),
  ];
  return { rows, diagnostics, open: prior === undefined ? undefined : pays.left() };
}

/**
 * Whether a positive payment pays the table's invoices (`pay`): with a customer column, while that customer's
 * payments stay within its invoices (instalments, one payment for two invoices); without one, a
 * payment with no number of its own while the payments stay within the invoices, or one of an
 * invoice's amount (each invoice paid once; QuickBooks numbers its payments). `left`: the invoices
 * still unpaid after them (OpenInvoices).
 */
function paidInvoices(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  found: NotSales,
  prior: OpenInvoices | undefined,
): { pay: (i: number, contribution: Decimal) => boolean; left: () => OpenInvoices } {
  const client = map.client;
  const id = map.id;
  const customer = customerOf(table, map);
  // Open amounts by customer ("" without a customer column), and by customer and amount: what the
  // customer owes, its tax included when the table shows it (a payment settles the invoice's TTC).
  const open = new Map<string, Decimal>(prior?.open);
  // The invoices by customer and amount (net, and with its tax): each paid once, by either. Ids:
  // this table's row indexes, earlier chunks' negative.
  const byAmount = new Map<string, { rows: number[]; next: number }>();
  for (const [k, ids] of prior?.byAmount ?? []) byAmount.set(k, { rows: [...ids], next: 0 });
  const paid = new Set<number>();
  const due = amountDue(result, table, map);
  const add = (k: string, i: number): void => {
    const list = byAmount.get(k);
    if (list === undefined) byAmount.set(k, { rows: [i], next: 0 });
    else list.rows.push(i);
  };
  for (const i of found.invoiceRows) {
    if (result.lines.classification[i] < 0) continue;
    const c = lineContribution(result, i);
    if (c.lte(0)) continue;
    const who = customer(i);
    const owed = due(i, c);
    open.set(who, (open.get(who) ?? new Decimal(0)).plus(owed));
    add(`${who}|${c.toFixed(2)}`, i);
    if (!owed.equals(c)) add(`${who}|${owed.toFixed(2)}`, i);
  }
  const within = (who: string, c: Decimal): boolean => {
    const left = open.get(who);
    if (left === undefined || left.lt(c)) return false;
    open.set(who, left.minus(c));
    return true;
  };
  const pay = (i: number, c: Decimal): boolean => {
    const who = customer(i);
    if (client !== undefined) return within(who, c);
    if (id !== undefined && cellText(table.rows[i]?.[id]) === "") return within(who, c);
    const list = byAmount.get(`${who}|${c.toFixed(2)}`);
    if (list === undefined) return false;
    // The first invoice of that amount not paid yet (by its other amount, net or with its tax).
    while (list.next < list.rows.length && paid.has(list.rows[list.next])) list.next++;
    if (list.next === list.rows.length) return false;
    paid.add(list.rows[list.next++]);
    return true;
  };
  return { pay, left: () => openLeft(open, byAmount, paid, client === undefined) };
}

/**
 * The invoices still unpaid (OpenInvoices): customers owing something, and without a customer column
 * the unpaid invoices by amount, renumbered negative; MAX_CARRIED of each at most.
 */
function openLeft(
  open: ReadonlyMap<string, Decimal>,
  byAmount: ReadonlyMap<string, { rows: number[] }>,
  paid: ReadonlySet<number>,
  byAmounts: boolean,
): OpenInvoices {
  const owing = new Map<string, Decimal>();
  for (const [who, left] of open) if (left.gt(0) && owing.size < MAX_CARRIED) owing.set(who, left);
  // One invoice under both its amounts keeps one id.
  const ids = new Map<number, number>();
  const idOf = (r: number): number => {
    let k = ids.get(r);
    if (k === undefined) ids.set(r, (k = -1 - ids.size));
    return k;
  };
  const unpaid = new Map<string, number[]>();
  if (byAmounts)
    for (const [k, list] of byAmount) {
      const rows = list.rows.filter((r) => !paid.has(r));
      if (rows.length > 0 && ids.size < MAX_CARRIED) unpaid.set(k, rows.map(idOf));
    }
  return { open: owing, byAmount: unpaid };
}

/** A row's customer, normalised ("" without a customer column): payments and deposits go with their customer's invoices. */
function customerOf(table: RawTable, map: Mapping): (i: number) => string {
  const client = map.client;
  return (i) => (client === undefined ? "" : normalizeText(cellText(table.rows[i]?.[client])));
}

/** A tax column beside a net amount (Sage 50's `Tax`, `Tax Amount`), and a gross one (`Gross`, `Montant TTC`). */
const TAX = /^(?:tax|tax amount|vat|vat amount|tva|montant tva|taxes)$/;
const GROSS = /^(?:gross|gross amount|montant ttc|total ttc|ttc)$/;

/**
 * What a customer owes for invoice row i of net contribution c: its gross (TTC) when a gross or a tax
 * column shows it (Sage 50's audit trail: `Net | Tax | Gross`, receipts of the gross), else c.
 */
function amountDue(result: EngineResult, table: RawTable, map: Mapping): (i: number, c: Decimal) => Decimal {
  const amountCol = map.amount ?? map.net_amount;
  const headers = table.headers.map((h) => normalizeText(h ?? ""));
  const gross = headers.findIndex((h, k) => k !== amountCol && GROSS.test(h));
  const tax = map.vat_amount ?? headers.findIndex((h, k) => k !== amountCol && TAX.test(h));
  if (amountCol === undefined || (gross < 0 && tax < 0)) return (_i, c) => c;
  const sep = result.reading.decimal[table.headers[amountCol] ?? ""]?.mark ?? ",";
  const read = (i: number, col: number): Decimal | null =>
    exactCell(table.rows[i]?.[col], sep)?.abs() ?? null;
  return (i, c) => {
    if (gross >= 0) {
      const g = read(i, gross);
      if (g !== null && g.gte(c)) return g;
    }
    const t = tax >= 0 ? read(i, tax) : null;
    return t === null ? c : c.plus(t);
  };
}

/** A document number as invoicing software writes one: "FA-0031", "F2025/014", "AC 12". */
const DOC_NUMBER = /^[a-z]{1,6}[-_/ ]?\d[\d/-]{1,}$/i;
/** Such numbers inside a label ("solde, acompte FA-0031 déduit"). */
const NUMBER_IN_TEXT = /[a-z]{1,6}[-_/ ]?\d[\d/-]{1,}/gi;

/**
 * Deposit invoices whose final invoice restates them: a larger invoice of the same customer whose
 * label names the deposit's number ("solde, acompte FA-0031 déduit") states the whole price, the
 * deposit deducted from the amount due only, so the deposit is not counted again
 * (deposit_invoice_restated). The others are counted, said (deposit_invoice_counted). Null when the
 * table has no deposit invoice.
 */
export function depositRows(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  found: NotSales | null,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const col = map.doc_type;
  if (found === null || col === undefined || found.deposits.length === 0) return null;
  const label = map.label;
  const customer = customerOf(table, map);
  // The invoices by the document numbers their labels name.
  const naming = new Map<string, number[]>();
  if (label !== undefined)
    for (const j of found.invoiceRows)
      for (const n of cellText(table.rows[j]?.[label]).match(NUMBER_IN_TEXT) ?? []) {
        const k = n.toUpperCase();
        const list = naming.get(k);
        if (list === undefined) naming.set(k, [j]);
        else list.push(j);
      }
  const rows = new Set<number>();
  for (const i of found.deposits) {
    if (result.lines.classification[i] < 0) continue;
    const row = table.rows[i] ?? [];
    const deposit = lineContribution(result, i);
    const final = row
      .filter((v, c) => c !== label && typeof v === "string" && DOC_NUMBER.test(v.trim()))
      .flatMap((v) => naming.get(cellText(v).trim().toUpperCase()) ?? [])
      .find((j) => customer(j) === customer(i) && lineContribution(result, j).gte(deposit));
    if (final !== undefined) rows.add(i);
  }
  const counted = found.deposits.filter((i) => !rows.has(i) && !table.notLines?.has(i));
  const diagnostics = [
    ...perValueWarnings(table, col, [...rows], DIAG.depositInvoiceRestated),
    ...perValueWarnings(table, col, counted, DIAG.depositInvoiceCounted),
  ];
  return diagnostics.length === 0 ? null : { rows, diagnostics };
}
