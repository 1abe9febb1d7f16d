/** Totals helpers: empty totals, CA OP from its parts, sums of several groups. */
import Decimal from "decimal.js";
import { DEDUCTION_KINDS, EXCLUDED_REASONS, type Totals } from "../types";

/** Totals of nothing: every amount zero, every count 0. */
export function emptyTotals(): Totals {
  const zero = new Decimal(0);
  return {
    caop: zero,
    gross_sales: zero,
    deductions: { discount: zero, rebate: zero, return: zero },
    excluded: Object.fromEntries(
      EXCLUDED_REASONS.map((r) => [r, { count: 0, amount: zero }]),
    ) as Totals["excluded"],
    to_review: { count: 0, amount: zero },
    lines: 0,
  };
}

/** CA OP from its parts: gross sales minus the three deductions (SPEC 2). */
export function caopOf(t: Pick<Totals, "gross_sales" | "deductions">): Decimal {
  return t.gross_sales.minus(t.deductions.discount).minus(t.deductions.rebate).minus(t.deductions.return);
}

/** Adds totals of several groups (months into a year…). */
export function sumTotals(list: readonly Totals[]): Totals {
  const t = emptyTotals();
  for (const x of list) {
    t.gross_sales = t.gross_sales.plus(x.gross_sales);
    for (const k of DEDUCTION_KINDS) t.deductions[k] = t.deductions[k].plus(x.deductions[k]);
    for (const r of EXCLUDED_REASONS) {
      t.excluded[r] = {
        count: t.excluded[r].count + x.excluded[r].count,
        amount: t.excluded[r].amount.plus(x.excluded[r].amount),
      };
    }
    t.to_review = {
      count: t.to_review.count + x.to_review.count,
      amount: t.to_review.amount.plus(x.to_review.amount),
    };
    t.lines += x.lines;
  }
  t.caop = caopOf(t);
  return t;
}
