/**
 * Shipping billed beside a shop's net sales: Shopify's and Square's sales reports ("Sales over
 * time": `Gross sales | Discounts | Returns | Net sales | Shipping | Taxes | Total sales`) give the
 * products' net sales and the shipping charged to customers apart. Shipping billed is revenue
 * (PCG 7085, SPEC 2.1), so a net sales amount beside a shipping column is read with it, with a note.
 * Only beside these net sales headers: an invoice's or an order's total already holds its shipping.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import type { Reading } from "./columns";
import { invoiceDiscounts, type InvoiceDiscountRun } from "./invoice-discounts";

/**
 * The shop reports' net sales, which leave the shipping out (Amazon's transactions: its product
 * sales; PrestaShop's orders: `Total produits HT` beside `Frais de port HT`).
 */
const NET_SALES = /^(?:net sales|ventes nettes|ventes de produits|product sales|total produits(?: ht)?)$/;
/** The shop reports' shipping charged to customers (Amazon's "crédits d'expédition", "shipping credits"). */
const SHIPPING =
  /^(?:shipping|expedition|frais d expedition|shipping charges|frais de livraison|credits d expedition|shipping credits|frais de port(?: ht)?)$/;

/** The shipping column added to the net sales amount, or undefined. */
export function shippingBilled(table: RawTable, map: Mapping): number | undefined {
  const net = [map.amount, map.net_amount].some(
    (c) => c !== undefined && NET_SALES.test(normalizeText(table.headers[c] ?? "")),
  );
  if (!net) return undefined;
  const mapped = new Set(Object.values(map));
  const col = table.headers.findIndex((h, i) => !mapped.has(i) && SHIPPING.test(normalizeText(h ?? "")));
  // Decided by the headers alone, the same for every chunk of a streamed file (a chunk whose
  // shipping is all blank reads as the others).
  return col >= 0 ? col : undefined;
}

/** An invoice line's own amount, which leaves out the invoice's shipping (Zoho Books' `Item Total`). */
const ITEM_AMOUNT = /^(?:item total|item amount)$/;
/** The shipping charged on the whole invoice, written on each of its lines (Zoho Books' `Shipping Charge`). */
const INVOICE_SHIPPING = /^(?:shipping charge|shipping charges)$/;

/** The column of an invoice's shipping beside its numbered item lines, or undefined. */
export function invoiceShipping(table: RawTable, map: Mapping): number | undefined {
  if (map.amount === undefined || map.id === undefined) return undefined;
  if (!ITEM_AMOUNT.test(normalizeText(table.headers[map.amount] ?? ""))) return undefined;
  const mapped = new Set(Object.values(map));
  const col = table.headers.findIndex(
    (h, i) => !mapped.has(i) && INVOICE_SHIPPING.test(normalizeText(h ?? "")),
  );
  return col >= 0 ? col : undefined;
}

/**
 * Item lines read with their invoice's shipping, counted once per invoice: on its first line that
 * shows it (a run of lines with one number, `prior` the invoice going on at the end of the previous
 * chunk), with a note; undefined without such a column. `last`: the invoice going on at the end.
 */
function onceShipping(
  table: RawTable,
  map: Mapping,
  diagnostics: Diagnostic[],
  prior: InvoiceDiscountRun | undefined,
): { reading: NonNullable<Reading["plusShipping"]>; last?: InvoiceDiscountRun } | undefined {
  const col = invoiceShipping(table, map);
  if (col === undefined) return undefined;
  // The same once-per-invoice reading as an invoice-level discount (its own notes left out).
  const runs = invoiceDiscounts(table, { ...map, invoice_discount: col }, prior);
  const column = table.headers[map.amount as number] ?? "";
  const shipping = table.headers[col] ?? "";
  // Said from the first line with shipping; the repetitions counted are those of some money.
  const charged = (i: number): boolean => !table.notLines?.has(i) && money(table.rows[i]?.[col]);
  const first = table.rows.findIndex((_r, i) => charged(i));
  let count = 0;
  table.rows.forEach((_r, i) => {
    if (charged(i) && runs.repeated.has(rowNumberOf(table, i))) count++;
  });
  if (first >= 0) {
    const at = {
      row: rowNumberOf(table, first),
      column: shipping,
      value: cellText(table.rows[first]?.[col]),
    };
    diagnostics.push(diag(DIAG.shippingOncePerInvoice, { ...at, args: { lines: column, count } }));
  }
  return { reading: { column, shipping, col, repeated: runs.repeated }, last: runs.last };
}

/**
 * The reading of net sales (or an invoice's item lines) with their shipping, with its note, and the
 * invoice going on at the end (item lines); undefined without a shipping column.
 */
export function shippingReading(
  table: RawTable,
  map: Mapping,
  diagnostics: Diagnostic[],
  prior?: InvoiceDiscountRun,
): { reading: NonNullable<Reading["plusShipping"]>; last?: InvoiceDiscountRun } | undefined {
  const once = onceShipping(table, map, diagnostics, prior);
  if (once !== undefined) return once;
  const col = shippingBilled(table, map);
  if (col === undefined) return undefined;
  const column = table.headers[(map.amount ?? map.net_amount) as number] ?? "";
  const shipping = table.headers[col] ?? "";
  diagnostics.push(diag(DIAG.amountPlusShipping, { row: 0, column, value: column, args: { shipping } }));
  return { reading: { column, shipping, col } };
}

/** Whether a shipping cell holds some money (not blank, not zero). */
function money(v: CellValue): boolean {
  const n = Number(cellText(v).replace(/\s/g, "").replace(",", "."));
  return Number.isFinite(n) && n !== 0;
}
