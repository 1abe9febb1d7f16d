/**
 * Runs of consecutive rows sharing one non-blank number (an invoice's lines, a journal entry's):
 * found by comparing each row's cell to the one before it, so a million rows of distinct numbers
 * cost one comparison each.
 */
import { isBlank } from "../../cells";
import type { RawTable } from "../../types";

/** Rows [from, to) of one number, two rows or more. */
export interface Run {
  from: number;
  to: number;
}

/** The runs of two rows or more whose `col` cell is the same non-blank value. */
export function entryRuns(rows: RawTable["rows"], col: number): Run[] {
  const runs: Run[] = [];
  let from = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]?.[col] === rows[i - 1]?.[col]) continue;
    if (i - from > 1 && !isBlank(rows[from]?.[col])) runs.push({ from, to: i });
    from = i;
  }
  return runs;
}
