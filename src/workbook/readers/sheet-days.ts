/**
 * A month's sheet whose date column holds the day alone ("Janvier 2025", "VE 01-2025" with a "Jour"
 * column of 5, 12, 28): each day is a date of the month the sheet is named after. Read as a date
 * serial, the day 5 would be 5 January 1900.
 */
import { daysInMonth, ymdToSerial } from "../../core/dates";
import { detectMapping } from "../../core/fields";
import { diag } from "../../core/diagnostics";
import type { CellValue, RawTable } from "../../core/types";
import { sheetPeriod } from "./period-sheets";
import { READ_DIAG } from "./read-diagnostics";

/** The day a cell holds alone (a whole number, or its digits as text), or null; undefined for a blank or a word. */
function dayOf(v: CellValue): number | null | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  if (typeof v !== "string") return null;
  const s = v.trim();
  if (s === "") return undefined;
  return /^\d{1,2}$/.test(s) ? Number(s) : /\d/.test(s) ? null : undefined;
}

/**
 * The table with its day-only date column read as dates of the month its sheet names, with a note;
 * the table itself when the sheet names no month and year, or a date cell is more than a day of it.
 */
export function withSheetDays(table: RawTable, sheet: string): RawTable {
  const p = sheetPeriod(sheet);
  const col = detectMapping(table.headers).mapping.date;
  if (p?.month === undefined || p.year === undefined || col === undefined) return table;
  const { month, year } = p;
  const last = daysInMonth(year, month);
  let first = -1;
  for (let i = 0; i < table.rows.length; i++) {
    const d = dayOf(table.rows[i]?.[col]);
    if (d === undefined) continue;
    if (d === null || d < 1 || d > last) return table;
    if (first < 0) first = i;
  }
  if (first < 0) return table;
  const rows = table.rows.map((row) => {
    const d = dayOf(row?.[col]);
    if (d === undefined || d === null) return row;
    const out = [...row];
    out[col] = ymdToSerial(year, month, d, table.date1904 === true);
    return out;
  });
  const note = diag(READ_DIAG.sheetMonthDays, {
    row: table.firstRow + first,
    column: table.headers[col] ?? "",
    value: String(table.rows[first][col]),
    args: { sheet, month: `${year}-${String(month).padStart(2, "0")}` },
  });
  return { ...table, rows, readDiagnostics: [...(table.readDiagnostics ?? []), note] };
}
