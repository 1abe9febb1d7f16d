/**
 * SAP's ALV lists (FBL3N, FAGLL03 saved as a spreadsheet) mark their subtotal rows with `*` (per
 * account, per sort key) and their grand total with `**`, in a column of their own before the data:
 * those rows are totals, never lines (counted, the file's CA OP would count twice; ignored for their
 * empty date, `ignored` would hold the totals). Proven by the column: every value in it is asterisks
 * only, and every marked row has no date. Set apart, said once (total_rows).
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** A total's mark: one to five asterisks (`*` subtotal, `**` total, deeper levels). */
const MARK = /^\*{1,5}$/;

/** The rows an unmapped column of asterisks marks as totals, with the note; null when there is none. */
export function markedTotalRows(
  t: RawTable,
  map: Mapping,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const used = new Set(Object.values(map));
  const date = map.date;
  for (let c = 0; c < t.headers.length; c++) {
    if (used.has(c)) continue;
    const rows = markedRows(t, c, date);
    if (rows === null) continue;
    const first = rows.values().next().value as number;
    const value = cellText(t.rows[first]?.[c]).trim();
    const note = diag(DIAG.totalRows, { row: rowNumberOf(t, first), column: t.headers[c] ?? "", value });
    return { rows, diagnostics: [note] };
  }
  return null;
}

/** The rows column c marks, when every value in it is a mark and no marked row is dated; else null. */
function markedRows(t: RawTable, c: number, date: number | undefined): Set<number> | null {
  const rows = new Set<number>();
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    const v = row?.[c];
    if (v === undefined || isBlank(v)) continue;
    if (typeof v !== "string" || !MARK.test(v.trim())) return null;
    if (date !== undefined && !isBlank(row?.[date])) return null;
    rows.add(i);
  }
  return rows.size > 0 ? rows : null;
}
