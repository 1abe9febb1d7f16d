/**
 * Shopify's orders export writes an order's money (Subtotal, Shipping, Taxes, Total) on its first row
 * only; each further line item of the order is a row of its own, its Total blank, under the same
 * order number (`Name`). Those rows are the order's details, not lines: set apart, said once with
 * their count (their Total is in their order's).
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import type { MappingResult } from "../../fields";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type RawTable } from "../../types";

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
