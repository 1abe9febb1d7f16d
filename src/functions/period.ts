/**
 * A period argument ("2025-01", "2025-Q1", "2025", a date serial, "janv. 2025") as an inclusive
 * month range, read by the core's parsePeriod with the workbook's fiscal-year start.
 */
import { addMonths, parsePeriod } from "../core/periods";
import type { FunctionContext } from "./context";
import { isOmitted, scalarArg } from "./input";

/** Inclusive month range of a period argument and its label ("2025-Q1"). */
export interface Period {
  from: number;
  to: number;
  label: string;
}

/** The months of a period argument, or null (all months) when it is left out (empty cell, 0). */
export function periodArg(v: unknown, ctx: FunctionContext): Period | null {
  if (isOmitted(v)) return null;
  const cell = scalarArg(v, "period");
  if (cell === 0) return null;
  return parsePeriod(cell, ctx.settings.fiscalYearStartMonth, ctx.date1904);
}

/** Number of months in a range (1 for a month, 3 for a quarter, 12 for a year). */
export function monthCount(range: { from: number; to: number }): number {
  const y = (k: number): number => Math.floor(k / 100);
  return (y(range.to) - y(range.from)) * 12 + ((range.to % 100) - (range.from % 100)) + 1;
}

/** The same number of months, `shift` months earlier (M-1 of a quarter is the quarter before). */
export function shiftPeriod(p: Period, shift: number): Period {
  return { from: addMonths(p.from, -shift), to: addMonths(p.to, -shift), label: "" };
}
