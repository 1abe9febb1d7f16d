/**
 * Shopify's orders export writes an order's money (Subtotal, Shipping, Taxes, Total) on its first row
 * only; each further line item of the order is a row of its own, its Total blank, under the same
 * order number (`Name`). Those rows are the order's details, not lines: set apart, said once with
 * their count (their Total is in their order's). WooCommerce's writes it on every item row instead
 * (repeatedOrderRows): the rows after an order's first are set apart alike.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import type { MappingResult } from "../../fields";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import type { InvoiceDiscountRun } from "./invoice-discounts";
import { ITEM_AMOUNT, ORDER_NUMBER } from "./shipping";

/** The line-item rows of the orders above them, and their note; null when the table has none. */
export function orderItemRows(
  table: RawTable,
  info: MappingResult,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const amount = info.mapping.amount;
  if (info.shopifyOrders !== true || amount === undefined) return null;
  const name = table.headers.findIndex((h) => normalizeText(String(h ?? "")) === "name");
  if (name < 0) return null;
  const rows = new Set<number>();
  let first = -1;
  // Null before the table's first order: rows there continue an order of the chunk before (streamed).
  let order: string | null = null;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row === undefined) continue;
    const id = cellText(row[name]).trim();
    if (!isBlank(row[amount])) order = id;
    else if (id !== "" && (order === null || id === order)) {
      if (first < 0) first = i;
      rows.add(i);
    }
  }
  if (first < 0) return null;
  const column = table.headers[amount] ?? "";
  const where = { row: rowNumberOf(table, first), column, value: cellText(table.rows[first]?.[name]) };
  return { rows, diagnostics: [diag(DIAG.orderItemRows, { ...where, args: { count: rows.size } })] };
}

/** An order's money as its header names it ("Order Total Amount", "Total commande"), not an item's. */
const ORDER_MONEY = /\b(?:order|commande)\b/;

/** The rows repeating their order's money, their note, and the order going on at the last row. */
export interface RepeatedOrders {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  /** The order going on at the last row and its money as written (for the next chunk). */
  last?: InvoiceDiscountRun;
}

/**
 * WooCommerce's order export with one row per item writes the order's money (`Order Total Amount`, its
 * `Order Total Tax Amount`) on each item row under the same `Order Number`: counted once per order.
 * Proven by the data: the amount's header names an order's and every order of several consecutive rows
 * repeats one amount and one tax; the rows after each order's first (and those going on with `prior`,
 * the order the previous chunk ended with) are set apart, said once. Null when an order's rows hold
 * money of their own, or without an order's amount and number columns.
 */
export function repeatedOrderRows(
  table: RawTable,
  map: Mapping,
  prior?: InvoiceDiscountRun,
): RepeatedOrders | null {
  const a = map.amount;
  const header = normalizeText(table.headers[a ?? -1] ?? "");
  if (a === undefined || !ORDER_MONEY.test(header) || ITEM_AMOUNT.test(header)) return null;
  const order =
    map.id ?? table.headers.findIndex((h, i) => i !== a && ORDER_NUMBER.test(normalizeText(h ?? "")));
  if (order < 0) return null;
  const money = [a, map.vat_amount].filter((c): c is number => c !== undefined);
  const moneyOf = (row: readonly CellValue[]): string =>
    money.map((c) => cellText(row[c]).trim()).join("\u0000");
  const rows = new Set<number>();
  let run = prior ?? { id: "", value: "" };
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row === undefined || table.notLines?.has(i)) continue;
    const id = cellText(row[order]).trim();
    const value = moneyOf(row);
    // A row of no order, or an order's first row: its money counted.
    if (id === "" || id !== run.id) {
      run = { id, value };
      continue;
    }
    // An order's rows with money of their own: the amount is each item's, not the order's.
    if (value !== run.value) return null;
    rows.add(i);
  }
  // No order repeated here: the order going on still goes to the next chunk (its rows may repeat it).
  if (rows.size === 0) return { rows, diagnostics: [], last: run };
  const first = Math.min(...rows);
  const at = {
    row: rowNumberOf(table, first),
    column: table.headers[a] ?? "",
    value: cellText(table.rows[first]?.[a]),
  };
  const args = { count: rows.size, order: cellText(table.rows[first]?.[order]).trim() };
  return { rows, diagnostics: [diag(DIAG.orderTotalsRepeated, { ...at, args })], last: run };
}
