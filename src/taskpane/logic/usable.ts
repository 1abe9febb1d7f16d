/**
 * Whether a mapping reads anything: a mapping whose amount or date column yields no usable line
 * cannot be validated (the pane says which column, instead of a dashboard of zeros).
 */
import { LINE_NOT_REVENUE, type EngineResult } from "../../core/engine";
import { isBlank } from "../../core/cells";
import type { FieldId } from "../../core/types";

/**
 * The field whose column yields no usable line ("amount" or "date"), or null when at least one line
 * is read (or the table has no line at all). Dates are read only on lines whose amount was read.
 */
export function unusableField(result: EngineResult): Extract<FieldId, "amount" | "date"> | null {
  const { lines } = result;
  let nonBlank = 0;
  for (let i = 0; i < lines.count; i++) {
    if (lines.period[i] >= 0 || lines.scope[i] === LINE_NOT_REVENUE) return null;
    if (!(result.table.rows[i] ?? []).every(isBlank)) nonBlank++;
  }
  if (nonBlank === 0) return null;
  return result.diagnostics.some((d) => d.code.startsWith("date_")) ? "date" : "amount";
}
