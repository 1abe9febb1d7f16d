/**
 * Shipping billed beside a shop's net sales: Shopify's and Square's sales reports ("Sales over
 * time": `Gross sales | Discounts | Returns | Net sales | Shipping | Taxes | Total sales`) give the
 * products' net sales and the shipping charged to customers apart. Shipping billed is revenue
 * (PCG 7085, SPEC 2.1), so a net sales amount beside a shipping column is read with it, with a note.
 * Only beside these net sales headers: an invoice's or an order's total already holds its shipping.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG, type DiagSpec } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import type Decimal from "decimal.js";
import { exactCell, type Evidence, type Reading } from "./columns";
import { invoiceDiscounts, type InvoiceDiscountRun } from "./invoice-discounts";

/**
 * The shop reports' net sales, which leave the shipping out (Amazon's transactions: its product
 * sales; PrestaShop's orders: `Total produits HT` beside `Frais de port HT`; ManoMano's orders:
 * `Sous-total produits TTC` beside `Frais de port TTC`; eBay's Orders report: `Sold For` beside
 * `Shipping And Handling`).
 */
const NET_SALES =
  /^(?:net sales|ventes nettes|ventes de produits|product sales|(?:sous )?total produits(?: ht| ttc)?|sold for)$/;
/** The shop reports' shipping charged to customers (Amazon's "crédits d'expédition", "shipping credits"). */
const SHIPPING =
  /^(?:shipping|expedition|frais d expedition|shipping charges|frais de livraison|credits d expedition|shipping credits|shipping and handling|frais de port(?: ht| ttc)?)$/;
/**
 * Gift wrap billed to the buyer beside Amazon's product sales ("gift wrap credits", "crédits sur
 * l'emballage cadeau"): revenue like the shipping credits, read with them.
 */
const GIFT_WRAP =
  /^(?:gift wrap credits|giftwrap credits|credits sur l emballage cadeau|credits d emballage cadeau)$/;
/** A holiday rental's rent before the owner's commission (Abritel's and Vrbo's payments). */
const RENT = /^(?:rental amount|montant de la location)$/;
/** The cleaning fee billed to the traveller beside the rent: revenue of the rental (SPEC 2.1). */
const CLEANING = /^(?:cleaning fee|cleaning fees|frais de menage)$/;

/** What is billed on top of an amount that leaves it out, and the note saying it is read with it. */
const BILLED_BESIDE: readonly { amount: RegExp; extra: RegExp; diag: DiagSpec; also?: RegExp }[] = [
  { amount: NET_SALES, extra: SHIPPING, diag: DIAG.amountPlusShipping, also: GIFT_WRAP },
  { amount: RENT, extra: CLEANING, diag: DIAG.amountPlusCleaning },
];

/** A header saying its amount holds the taxes ("Frais de port TTC"). */
const TTC = /\bttc\b/;

/**
 * A shop's order-level shipping written on each item row of its order (WooCommerce's order items:
 * `Order Shipping`); its order number column ("Order ID", "N° commande").
 */
const ORDER_SHIPPING =
  /^(?:order shipping|order shipping amount|shipping total|order shipping total|frais de port commande|frais de port de la commande|port commande|livraison commande)$/;
/** An item's own amount ("Line Total", "Item Total", "Total ligne"), never an order's total that holds its shipping. */
export const ITEM_AMOUNT = /\b(?:line|lines|item|items|ligne|lignes|article|articles|produit|product)\b/;
export const ORDER_NUMBER =
  /^(?:order id|order number|order no|order|order ref|order reference|n commande|no commande|numero de commande|numero commande|commande|id commande)$/;

/**
 * An order's shipping on each of its item rows (WooCommerce's `Order Shipping` beside `Line Total`):
 * billed once per order, revenue (PCG 7085). Proven by the data: every order of several rows repeats
 * one shipping value, and the amount is an item's ("Line Total": an order's total already holds its
 * shipping); the rows that repeat it (each order's after its first) are returned by their row number,
 * with the orders counted and the first order's row. Undefined when rows of one order differ (the
 * shipping is then the item's own: not read so).
 */
function orderShipping(
  table: RawTable,
  map: Mapping,
  prior: InvoiceDiscountRun | undefined,
): OrderShipping | undefined {
  if (map.amount === undefined || !ITEM_AMOUNT.test(normalizeText(table.headers[map.amount] ?? "")))
    return undefined;
  const mapped = new Set(Object.values(map));
  const norm = table.headers.map((h) => normalizeText(h ?? ""));
  const col = norm.findIndex((h, i) => !mapped.has(i) && ORDER_SHIPPING.test(h));
  const order = map.id ?? norm.findIndex((h) => ORDER_NUMBER.test(h));
  if (col < 0 || order < 0) return undefined;
  // The order going on at the end of the previous chunk: its shipping is counted there.
  const seen = new Map<string, string>(prior === undefined ? [] : [[prior.id, prior.value]]);
  const found: OrderShipping = { col, repeated: new Set(), orders: 0, first: -1, example: -1 };
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const id = cellText(row?.[order]).trim();
    if (table.notLines?.has(i)) continue;
    // A row of no order carries no order's shipping.
    if (id === "") {
      found.repeated.add(rowNumberOf(table, i));
      continue;
    }
    const ship = isBlank(row?.[col]) ? "" : cellText(row?.[col]).trim();
    found.last = { id, value: ship };
    const before = seen.get(id);
    if (before === undefined) {
      seen.set(id, ship);
      found.orders++;
      if (found.first < 0) found.first = i;
      continue;
    }
    if (before !== ship) return undefined;
    found.repeated.add(rowNumberOf(table, i));
    if (found.example < 0 && /[1-9]/.test(ship)) found.example = i;
  }
  return found.orders === 0 && found.last === undefined ? undefined : found;
}

/** What orderShipping proves: the shipping column, the rows repeating their order's, the orders' count. */
interface OrderShipping {
  col: number;
  repeated: Set<number>;
  orders: number;
  /** Index of the first order's first row, and of a row repeating some money (-1: none). */
  first: number;
  example: number;
  last?: InvoiceDiscountRun;
}

/**
 * The column billed on top of the sales amount (shipping beside net sales, cleaning beside a rent),
 * with the note saying so, or undefined. Both TTC or both not: a TTC shipping is no part of sales HT.
 */
export function shippingBilled(
  table: RawTable,
  map: Mapping,
): { col: number; diag: DiagSpec; also?: number } | undefined {
  const amounts = [map.amount, map.net_amount].map((c) =>
    c === undefined ? "" : normalizeText(table.headers[c] ?? ""),
  );
  const mapped = new Set(Object.values(map));
  for (const b of BILLED_BESIDE) {
    const amount = amounts.find((h) => b.amount.test(h));
    if (amount === undefined) continue;
    const col = table.headers.findIndex((h, i) => {
      const n = normalizeText(h ?? "");
      return !mapped.has(i) && b.extra.test(n) && TTC.test(n) === TTC.test(amount);
    });
    // Decided by the headers alone, the same for every chunk of a streamed file (a chunk whose
    // shipping is all blank reads as the others).
    if (col < 0) continue;
    // Gift wrap billed beside them (Amazon's): read with the shipping, no tax column.
    const also =
      b.also === undefined
        ? -1
        : table.headers.findIndex((h, i) => !mapped.has(i) && b.also?.test(normalizeText(h ?? "")));
    return also < 0 ? { col, diag: b.diag } : { col, diag: b.diag, also };
  }
  return undefined;
}

/** The shipping column beside an order line's amount, quantity and unit price (both TTC or both not). */
function itemsShippingColumn(headers: readonly string[], map: Mapping): number | undefined {
  const { amount: a, quantity: q, unit_price: p } = map;
  if (a === undefined || q === undefined || p === undefined) return undefined;
  const amount = normalizeText(headers[a] ?? "");
  const mapped = new Set(Object.values(map));
  const col = headers.findIndex((h, i) => {
    const n = normalizeText(h ?? "");
    return !mapped.has(i) && SHIPPING.test(n) && TTC.test(n) === TTC.test(amount);
  });
  return col < 0 ? undefined : col;
}

/**
 * What a marketplace's order lines prove of their shipping (Cdiscount's `Quantité | Prix unitaire TTC
 * | Montant TTC | Frais de port TTC`): a row billing shipping whose amount is quantity × unit price
 * (the items alone), and one whose amount is that plus its shipping (the amount holds it). Merged
 * over the chunks like the other column evidence, so every chunk reads the file's shipping alike.
 */
export function itemsShippingFacts(table: RawTable, map: Mapping, marks: Reading["decimal"]): Evidence {
  const col = itemsShippingColumn(table.headers, map);
  const facts: Evidence = { columns: {} };
  if (col === undefined) return facts;
  const [a, q, p] = [map.amount, map.quantity, map.unit_price] as number[];
  const read = (row: readonly CellValue[], c: number): Decimal | null =>
    exactCell(row[c], marks[table.headers[c] ?? ""]?.mark ?? ",");
  for (let i = 0; i < table.rows.length && facts.shippingInside === undefined; i++) {
    const row = table.rows[i] ?? [];
    const ship = read(row, col);
    const [amt, qty, price] = [read(row, a), read(row, q), read(row, p)];
    if (ship === null || ship.isZero() || amt === null || qty === null || price === null) continue;
    const items = qty.times(price);
    const proof = { row: rowNumberOf(table, i), value: cellText(row[a]) };
    if (amt.equals(items.plus(ship))) facts.shippingInside = proof;
    else if (amt.equals(items)) facts.itemsShipping ??= proof;
  }
  return facts;
}

/**
 * Order lines read with the shipping beside them, proven the items alone (itemsShippingFacts) and
 * never holding it, with the note naming the proving row; undefined otherwise.
 */
function itemsShippingReading(
  table: RawTable,
  map: Mapping,
  evidence: Evidence | undefined,
  diagnostics: Diagnostic[],
): { reading: NonNullable<Reading["plusShipping"]> } | undefined {
  const col = itemsShippingColumn(table.headers, map);
  const proof = evidence?.itemsShipping;
  if (col === undefined || proof === undefined || evidence?.shippingInside !== undefined) return undefined;
  const column = table.headers[map.amount as number] ?? "";
  const shipping = table.headers[col] ?? "";
  diagnostics.push(
    diag(DIAG.itemsPlusShipping, { row: proof.row, column, value: proof.value, args: { shipping } }),
  );
  return { reading: { column, shipping, col } };
}

/** An invoice line's own amount, which leaves out the invoice's shipping (Zoho Books' `Item Total`). */
const INVOICE_ITEM_AMOUNT = /^(?:item total|item amount)$/;
/** The shipping charged on the whole invoice, written on each of its lines (Zoho Books' `Shipping Charge`). */
const INVOICE_SHIPPING = /^(?:shipping charge|shipping charges)$/;

/**
 * MYOB AccountRight's sales: a line's `Total` (items) or `Amount` (services) ex-GST beside its
 * `Inc-Tax` twin, and the sale's freight billed apart (`Freight Amount` ex-GST beside `Inc-Tax
 * Freight Amount`), on the sale's first line.
 */
const MYOB_LINE_AMOUNT: Readonly<Record<string, string>> = {
  total: normalizeText("Inc-Tax Total"),
  amount: normalizeText("Inc-Tax Amount"),
};
const MYOB_FREIGHT = normalizeText("Freight Amount");
const MYOB_FREIGHT_INC_TAX = normalizeText("Inc-Tax Freight Amount");

/** The shipping column of MYOB's sales beside their line amount (MYOB_LINE_AMOUNT), or -1. */
function myobFreight(norm: readonly string[], amount: string): number {
  const twin = MYOB_LINE_AMOUNT[amount];
  if (twin === undefined || !norm.includes(twin) || !norm.includes(MYOB_FREIGHT_INC_TAX)) return -1;
  return norm.indexOf(MYOB_FREIGHT);
}

/** The column of an invoice's shipping beside its numbered item lines (Zoho Books', MYOB's), or undefined. */
export function invoiceShipping(table: RawTable, map: Mapping): number | undefined {
  if (map.amount === undefined || map.id === undefined) return undefined;
  const amount = normalizeText(table.headers[map.amount] ?? "");
  const mapped = new Set(Object.values(map));
  const norm = table.headers.map((h) => normalizeText(h ?? ""));
  const myob = myobFreight(norm, amount);
  if (myob >= 0) return mapped.has(myob) ? undefined : myob;
  if (!INVOICE_ITEM_AMOUNT.test(amount)) return undefined;
  const col = norm.findIndex((h, i) => !mapped.has(i) && INVOICE_SHIPPING.test(h));
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
  evidence?: Evidence,
): { reading: NonNullable<Reading["plusShipping"]>; last?: InvoiceDiscountRun } | undefined {
  const once = onceShipping(table, map, diagnostics, prior);
  if (once !== undefined) return once;
  const billed = shippingBilled(table, map);
  if (billed === undefined) {
    const items = itemsShippingReading(table, map, evidence, diagnostics);
    return items ?? orderShippingReading(table, map, diagnostics, prior);
  }
  const column = table.headers[(map.amount ?? map.net_amount) as number] ?? "";
  const shipping = table.headers[billed.col] ?? "";
  diagnostics.push(diag(billed.diag, { row: 0, column, value: column, args: { shipping } }));
  if (billed.also === undefined) return { reading: { column, shipping, col: billed.col } };
  const wrap = table.headers[billed.also] ?? "";
  diagnostics.push(diag(DIAG.amountPlusGiftWrap, { row: 0, column, value: column, args: { wrap } }));
  return { reading: { column, shipping, col: billed.col, also: billed.also, alsoHeader: wrap } };
}

/** Whether a shipping cell holds some money (not blank, not zero). */
function money(v: CellValue): boolean {
  // A currency sign before the figure (MYOB's "$25.00") is no part of it.
  const n = Number(
    cellText(v)
      .replace(/\s/g, "")
      .replace(/^(-?)[$€£]/, "$1")
      .replace(",", "."),
  );
  return Number.isFinite(n) && n !== 0;
}

/**
 * The reading of order items with their order's shipping counted once per order, with its note, and
 * the order going on at the end (counted in this chunk: not again in the next).
 */
function orderShippingReading(
  table: RawTable,
  map: Mapping,
  diagnostics: Diagnostic[],
  prior: InvoiceDiscountRun | undefined,
): { reading: NonNullable<Reading["plusShipping"]>; last?: InvoiceDiscountRun } | undefined {
  const found = orderShipping(table, map, prior);
  if (found === undefined) return undefined;
  const column = table.headers[map.amount as number] ?? "";
  const shipping = table.headers[found.col] ?? "";
  // Said at a row repeating its order's shipping (else the first order's).
  const at = found.example >= 0 ? found.example : found.first;
  if (at >= 0) {
    const where = {
      row: rowNumberOf(table, at),
      column: shipping,
      value: cellText(table.rows[at]?.[found.col]),
    };
    diagnostics.push(
      diag(DIAG.orderShippingOnce, { ...where, args: { lines: column, count: found.orders } }),
    );
  }
  return { reading: { column, shipping, col: found.col, repeated: found.repeated }, last: found.last };
}
