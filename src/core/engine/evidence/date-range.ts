/**
 * Dates read into a year no sales file holds (before 1980 or after 2099): a typing error ("2205"
 * for 2025), or a date read the wrong way (a six-digit ddmmyy number taken as an Excel serial of
 * the year 2311, an ISO date cell taken as the serial 2025 of 1905). The lines count where they
 * were read, so the totals stay whole, but each such month gets a warning naming a row.
 */
import { cellText } from "../../cells";
import { readDate, type DateOrder } from "../../dates";
import { diag, DIAG } from "../../diagnostics";
import type { CellValue, Diagnostic, RawTable } from "../../types";
import type { LineTable } from "../result";

/** Years a sales date may have; outside them the date is said. */
const FIRST_YEAR = 1980;
const LAST_YEAR = 2099;

/** One warning per month outside FIRST_YEAR–LAST_YEAR: its line count and its first line's date cell. */
export function implausibleDates(
  months: readonly { key: number; period: string }[],
  lines: LineTable,
  table: RawTable,
  dateCol: number,
  read: { order: DateOrder; date1904: boolean },
): Diagnostic[] {
  const odd = months.filter((m) => m.key / 100 < FIRST_YEAR || m.key / 100 >= LAST_YEAR + 1);
  if (odd.length === 0) return [];
  const column = table.headers[dateCol] ?? "";
  return odd.map((m) => {
    let first = -1;
    let count = 0;
    for (let i = 0; i < lines.count; i++) {
      if (lines.period[i] !== m.key || lines.classification[i] < 0) continue;
      if (first < 0) first = i;
      count++;
    }
    return diag(DIAG.dateImplausible, {
      row: first < 0 ? 0 : lines.rowNumber[first],
      column,
      value: first < 0 ? m.period : asRead(table.rows[first]?.[dateCol], read),
      args: { count, period: m.period },
    });
  });
}

/** A date cell as the user wrote it, and as read when it is a number (a serial): "9147 → 1925-01-15". */
function asRead(v: CellValue, read: { order: DateOrder; date1904: boolean }): string {
  if (typeof v !== "number") return cellText(v);
  const d = readDate(v, read.order, read.date1904);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return d === null ? cellText(v) : `${cellText(v)} → ${d.y}-${pad(d.m)}-${pad(d.d)}`;
}
