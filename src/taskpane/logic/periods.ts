/**
 * Periods the task pane offers: the fiscal years and the calendar quarters that hold data.
 */
import type { EngineResult } from "../../core/engine";
import { fiscalYearOf } from "../../core/periods";

/** Fiscal years with data, ascending. */
export function fiscalYears(result: EngineResult, startMonth: number): number[] {
  return [...new Set(result.months.map((m) => fiscalYearOf(m.key, startMonth)))].sort((a, b) => a - b);
}

/** Calendar quarters with data ("2025-Q1"), most recent first. */
export function quarters(result: EngineResult): string[] {
  const q = new Set(
    result.months.map((m) => `${Math.floor(m.key / 100)}-Q${Math.floor(((m.key % 100) - 1) / 3) + 1}`),
  );
  return [...q].sort().reverse();
}
