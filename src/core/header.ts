/**
 * Finding the header row when a sheet or file starts with a title ("Export des ventes – janvier"),
 * blank lines or notes: the first row whose texts name a date and an amount is the header.
 */
import { cellText } from "./cells";
import { detectMapping } from "./fields";
import type { CellValue } from "./types";

/** How many leading rows are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/** Index of the first row (among the first `limit`) that maps every required field; -1 when none does. */
export function findHeaderRow(
  rows: readonly (readonly CellValue[] | undefined)[],
  limit = HEADER_SEARCH_ROWS,
): number {
  const n = Math.min(rows.length, limit);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!row || row.length < 2) continue;
    const texts = row.map((c) => (typeof c === "string" ? c.trim() : cellText(c)));
    if (texts.filter((t) => t !== "").length < 2) continue;
    if (detectMapping(texts).missing.length === 0) return i;
  }
  return -1;
}
