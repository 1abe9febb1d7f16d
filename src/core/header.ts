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

/** A text naming a field on its own ("Débit", "Crédit", "Date"). */
function namesField(text: string): boolean {
  return Object.keys(detectMapping([text]).mapping).length > 0;
}

/**
 * A header written on two rows, as Excel's merged cells leave it ("Montant" over "Débit | Crédit"):
 * the headers read from both rows, the lower row's text where it has one; null when `next` is not
 * such a row. It is one when it holds only texts, each naming a field alone or after its merged
 * cell's text ("Montant HT" over "Brut": "Montant HT Brut"), one of them under a merged cell (blank
 * above, or the text of the cell to its left), and the two rows map a field the header row alone
 * does not.
 */
export function twoRowHeader(
  header: readonly CellValue[],
  next: readonly CellValue[] | undefined,
): string[] | null {
  if (!next) return null;
  const top = header.map((c) => cellText(c).trim());
  const width = Math.max(top.length, next.length);
  const both: string[] = [];
  let merged = false;
  let group = "";
  for (let c = 0; c < width; c++) {
    const v = next[c];
    const t = typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : null;
    if (t === null) return null; // a number, a date: a data row
    const above = top[c] ?? "";
    group = above !== "" ? above : group;
    if (t === "") {
      both.push(above);
      continue;
    }
    // "Débit" names a field; "Brut" does with its merged cell's text: "Montant HT Brut".
    const named = namesField(t) ? t : group !== "" && namesField(`${group} ${t}`) ? `${group} ${t}` : null;
    if (named === null) return null; // a text of data
    if (above === "" || (c > 0 && above === top[c - 1])) merged = true;
    both.push(named);
  }
  if (!merged) return null;
  const before = detectMapping(top).mapping;
  const after = detectMapping(both);
  if (after.missing.length > 0) return null;
  const gained = Object.keys(after.mapping).some((f) => !(f in before));
  return gained ? both : null;
}
