/**
 * Documents that are no sale in a document-type column (SPEC 2.1): a quote, a pro-forma, an order,
 * a delivery note. Listed beside the invoices by Sellsy, Axonaut or EBP's document lists, their
 * amounts are offers or shipments, not revenue (the invoice, when there is one, is the sale). Their
 * rows are set apart, never counted; one warning per value with its count and first row. So are a
 * customer ledger's payments ("Payment", SAP's "DZ") when the column lists invoices beside them.
 */
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import { DEPOSIT_DOCUMENTS, NOT_NATURE_DOCUMENTS, NOT_SALE_DOCUMENTS, PAYMENT_DOCUMENTS } from "../../rules";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import { perValueWarnings } from "./per-value";

const NOT_SALES: ReadonlySet<string> = new Set(NOT_SALE_DOCUMENTS.map(normalizeText));
const DEPOSITS: ReadonlySet<string> = new Set(DEPOSIT_DOCUMENTS.map(normalizeText));
const PAYMENTS: ReadonlySet<string> = new Set(PAYMENT_DOCUMENTS.map(normalizeText));
const INVOICES: ReadonlySet<string> = new Set(NOT_NATURE_DOCUMENTS.map(normalizeText));

/** What a document-type value says of its rows: no sale, a payment, a deposit, an invoice, or nothing. */
type DocumentRow = "no_sale" | "payment" | "deposit" | "invoice" | null;

/** What notSaleRows found in a document-type column. */
export interface NotSales {
  /** Rows set apart (no sale), with their warnings. */
  rows: Set<number>;
  diagnostics: Diagnostic[];
  /** The column holds invoices (so its payments are no sales; carried to the next chunks). */
  invoices: boolean;
  /** Payments were counted as sales: no invoice beside them (yet). */
  paymentsCounted: boolean;
}

/** A document-type value's reading (the sets above). */
function documentRow(value: string): DocumentRow {
  const n = normalizeText(value);
  if (NOT_SALES.has(n)) return "no_sale";
  if (PAYMENTS.has(n)) return "payment";
  if (DEPOSITS.has(n)) return "deposit";
  return INVOICES.has(n) ? "invoice" : null;
}

/**
 * The rows of documents that are no sale and their warnings, and a warning per deposit-invoice value
 * (counted); customer payments are no sale when the column holds invoices (here, or in earlier
 * chunks: `invoicesPrior`) and no account decides (`payments`). Null without a document-type column.
 */
export function notSaleRows(
  table: RawTable,
  map: Mapping,
  invoicesPrior = false,
  payments = true,
): NotSales | null {
  const col = map.doc_type;
  if (col === undefined) return null;
  const rows = new Set<number>();
  const deposits: number[] = [];
  const paid: number[] = [];
  let invoices = invoicesPrior;
  const memo = new Map<string, DocumentRow>();
  for (let i = 0; i < table.rows.length; i++) {
    const value = cellText(table.rows[i]?.[col]);
    if (value === "") continue;
    let what = memo.get(value);
    if (what === undefined) {
      what = documentRow(value);
      if (memo.size < 1_000) memo.set(value, what);
    }
    if (what === "no_sale") rows.add(i);
    else if (what === "payment" && payments) paid.push(i);
    else if (what === "invoice") invoices = true;
    else if (what === "deposit" && !table.notLines?.has(i)) deposits.push(i);
  }
  const diagnostics = [
    ...perValueWarnings(table, col, rows, DIAG.documentNotSale),
    ...(invoices ? perValueWarnings(table, col, paid, DIAG.paymentNotSale) : []),
    ...perValueWarnings(table, col, deposits, DIAG.depositInvoiceCounted),
  ];
  if (invoices) for (const i of paid) rows.add(i);
  return { rows, diagnostics, invoices, paymentsCounted: !invoices && paid.length > 0 };
}
