/** The running sums of dated-totals.ts carried across the chunks of a streamed file (EngineOptions.totalsPrior). */

/**
 * The lines' running sums carried from the chunks before (streamed files), as decimal strings: signed
 * (as CA OP adds them) and in magnitude (an export's SUM of a discount written positive), since the
 * last total (with how many lines) and since the start.
 */
export interface TotalsRun {
  since: string;
  all: string;
  sinceAbs?: string;
  allAbs?: string;
  sinceCount?: number;
  allCount?: number;
  /** The month (yyyymm) of every line since the last total (negative: none yet, or several). */
  sinceMonth?: number;
  /** Lines since the last total that no total label names. */
  sincePlain?: number;
  /** Rows shaped like a month's closing row so far (dated-totals.ts closingMonthRow: two prove the structure). */
  monthTotals?: number;
  /** The lines since the last row of that shape: their sum, count and month (dated-totals.ts ShapeRun). */
  shape?: { sum: string; lines: number; month: number };
  /** Labels already warned of (total_label_counted, once per label and file). */
  said?: readonly string[];
}
