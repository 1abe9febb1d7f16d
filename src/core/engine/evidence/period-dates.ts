/**
 * A date column of accounting periods (SAP's "Période/exercice" 001.2025 or 2025.001, OneStream's
 * "Time" 2025M1): dates.ts reads period n as month n, which holds when the fiscal year is the calendar
 * year. Said once, with its first value, so a fiscal year starting another month is seen.
 */
import { cellText, isBlank } from "../../cells";
import { readMonth } from "../../dates";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** Period forms: "001.2025", "2025.001", "2025M1". */
const PERIOD = /^\s*(?:\d{3}\.\d{4}|\d{4}\.\d{3}|\d{4}[Mm]\d{1,2})\s*$/;

/** The note of a date column whose first filled value is a period number; null otherwise. */
export function periodDatesNote(table: RawTable, map: Mapping): Diagnostic | null {
  const col = map.date;
  if (col === undefined) return null;
  const i = table.rows.findIndex((r, k) => !isBlank(r?.[col]) && !table.notLines?.has(k));
  if (i < 0) return null;
  const v = table.rows[i][col];
  if (typeof v !== "string" || !PERIOD.test(v)) return null;
  const m = readMonth(v, "dmy", false);
  if (m < 0) return null;
  const month = `${Math.floor(m / 100)}-${String(m % 100).padStart(2, "0")}`;
  return diag(DIAG.datePeriods, {
    row: rowNumberOf(table, i),
    column: table.headers[col] ?? "",
    value: cellText(v),
    args: { month },
  });
}
