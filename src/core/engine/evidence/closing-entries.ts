/**
 * Closing entries in a journal export (a FEC of the whole year, with the entry that clears the
 * income accounts into the year's result, 120 / 129): their class-7 lines are the year's sales
 * moved to the balance sheet, not a return of them. Proven by the entry itself: an entry (rows of
 * one number, in a run) that has a line on a result account (12…) is a closing entry; its revenue
 * lines are set apart, never counted, and one note says how many.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { entryRuns } from "./runs";

/** The class-7 rows of closing entries and their note; null without such an entry. */
export function closingEntryRows(
  table: RawTable,
  map: Mapping,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const acc = map.account;
  const idCol = map.id;
  // Journals only (debit / credit, amount / direction): a sales list holds no closing entry.
  if (acc === undefined || idCol === undefined) return null;
  if (map.debit === undefined && map.credit === undefined && map.direction === undefined) return null;
  const rows = new Set<number>();
  const all = table.rows;
  for (const { from, to } of entryRuns(all, idCol))
    if (hasResultLine(all, from, to, acc))
      for (let k = from; k < to; k++) if (cellText(all[k][acc]).trimStart().startsWith("7")) rows.add(k);
  if (rows.size === 0) return null;
  // Rows were added in order: the first is the smallest (no spread of a set that may be large).
  const first = rows.values().next().value as number;
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
