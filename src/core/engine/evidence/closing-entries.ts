/**
 * Closing entries in a journal export (a FEC of the whole year, with the entry that clears the
 * income accounts into the year's result, 120 / 129): their class-7 lines are the year's sales
 * moved to the balance sheet, not a return of them. Proven by the entry itself: an entry (rows of
 * one number, in a run) that has a line on a result account (12…) is a closing entry; its revenue
 * lines are set apart, never counted, and one note says how many.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** The class-7 rows of closing entries and their note; null without such an entry. */
export function closingEntryRows(
  table: RawTable,
  map: Mapping,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const acc = map.account;
  const idCol = map.id;
  if (acc === undefined || idCol === undefined) return null;
  const rows = new Set<number>();
  const all = table.rows;
  let from = 0;
  for (let i = 1; i <= all.length; i++) {
    const id = all[from]?.[idCol];
    if (i < all.length && all[i][idCol] === id && !isBlank(id)) continue;
    if (!isBlank(id) && hasResultLine(all, from, i, acc))
      for (let k = from; k < i; k++) if (cellText(all[k][acc]).trimStart().startsWith("7")) rows.add(k);
    from = i;
  }
  if (rows.size === 0) return null;
  const first = Math.min(...rows);
  const note = diag(DIAG.closingEntries, {
    row: rowNumberOf(table, first),
    column: table.headers[acc] ?? "",
    value: cellText(all[first][acc]),
    args: { count: rows.size },
  });
  return { rows, diagnostics: [note] };
}

/** True when rows [from, to) hold a line on a result account (120, 129: the year's profit or loss). */
function hasResultLine(rows: RawTable["rows"], from: number, to: number, acc: number): boolean {
  for (let k = from; k < to; k++) if (cellText(rows[k][acc]).trimStart().startsWith("12")) return true;
  return false;
}
