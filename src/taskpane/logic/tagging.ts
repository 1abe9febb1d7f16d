/**
 * The OP tagging step's summary by status with its amounts, read from the engine's result (the
 * columns themselves are written by `writeTagging`, src/app/tagging.ts).
 */
import { CATALOGUES } from "../../i18n";
import type Decimal from "decimal.js";
import { LINE_NOT_REVENUE, type EngineResult } from "../../core/engine";
import { KIND_LABELS, SCOPE_LABELS } from "../../core/labels";
import {
  DEDUCTION_KINDS,
  EXCLUDED_REASONS,
  KINDS,
  SCOPES,
  type DeductionKind,
  type ExcludedReason,
  type I18nText,
} from "../../core/types";

/** What a line of the summary stands for. */
export type StatusKey =
  "sale" | DeductionKind | "caop" | ExcludedReason | "to_review" | "not_revenue" | "ignored";

/** One line of the summary by status: how many lines, and their amount when it has one. */
export interface StatusRow {
  key: StatusKey;
  label: I18nText;
  count: number | null;
  amount: Decimal | null;
  /** "in" counts in CA OP (minus for deductions), "out" is excluded, "info" for what is not revenue. */
  role: "in" | "minus" | "total" | "out" | "review" | "info";
}

const SCOPE_OP = SCOPES.indexOf("op");
const SCOPE_REVIEW = SCOPES.indexOf("to_review");

/** Lines per kind among the lines counted in CA OP (op, and to-review outside strict mode). */
export function countsByKind(result: EngineResult): Record<(typeof KINDS)[number], number> {
  const out = { sale: 0, discount: 0, rebate: 0, return: 0 };
  const { scope, kind, count } = result.lines;
  for (let i = 0; i < count; i++) {
    const s = scope[i];
    if (s === SCOPE_OP || (s === SCOPE_REVIEW && !result.strict)) out[KINDS[kind[i]]]++;
  }
  return out;
}

/** Number of lines outside revenue (clients, VAT, bank… when an account column is mapped). */
export function notRevenueCount(result: EngineResult): number {
  let n = 0;
  const { scope, count } = result.lines;
  for (let i = 0; i < count; i++) if (scope[i] === LINE_NOT_REVENUE) n++;
  return n;
}

const both = (k: "summaryNotRevenue" | "summaryIgnored" | "summaryCaop" | "summarySales"): I18nText => ({
  fr: CATALOGUES.fr.tagging[k],
  en: CATALOGUES.en.tagging[k],
});
const NOT_REVENUE = both("summaryNotRevenue");
const IGNORED = both("summaryIgnored");
const CAOP = both("summaryCaop");
const SALES = both("summarySales");

/** The summary by status: sales, each deduction, CA OP, each excluded reason, to review, the rest. */
export function statusSummary(result: EngineResult): StatusRow[] {
  const t = result.totals;
  const counts = countsByKind(result);
  const rows: StatusRow[] = [
    { key: "sale", label: SALES, count: counts.sale, amount: t.gross_sales, role: "in" },
  ];
  for (const k of DEDUCTION_KINDS) {
    rows.push({ key: k, label: KIND_LABELS[k], count: counts[k], amount: t.deductions[k], role: "minus" });
  }
  rows.push({ key: "caop", label: CAOP, count: null, amount: t.caop, role: "total" });
  for (const r of EXCLUDED_REASONS) {
    rows.push({
      key: r,
      label: SCOPE_LABELS[r],
      count: t.excluded[r].count,
      amount: t.excluded[r].amount,
      role: "out",
    });
  }
  rows.push({
    key: "to_review",
    label: SCOPE_LABELS.to_review,
    count: t.to_review.count,
    amount: t.to_review.amount,
    role: "review",
  });
  rows.push({
    key: "not_revenue",
    label: NOT_REVENUE,
    count: notRevenueCount(result),
    amount: null,
    role: "info",
  });
  rows.push({
    key: "ignored",
    label: IGNORED,
    count: result.ignored.count,
    amount: result.ignored.amount,
    role: "info",
  });
  return rows;
}
