/**
 * The OP tagging step: writing the product's own columns (OP, Motif, Contribution CA OP, Mois CA OP)
 * beside the data through the port, in slices so the task pane stays responsive, and the summary by
 * status with its amounts, all read from the engine's result.
 */
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
import { taggingSheet, type DataLayout } from "../../dashboard/tagging";
import type { Progress, WorkbookPort } from "../../workbook/port";
import { cancelled, yieldToUi } from "./yield";

/** Rows written per slice: small enough for one quick host call, large enough for few syncs. */
export const TAG_SLICE_ROWS = 5000;

/** Options of a tagging run. */
export interface TagOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  sliceRows?: number;
}

/**
 * Writes the tagging columns slice by slice, top to bottom. Each slice's plan clears the product's
 * cells from its first row down (stale tags of removed lines) and writes its own rows; the next
 * slice rewrites what follows, so the end state is the full tagging. Yields to the UI between slices.
 */
export async function writeTagging(
  port: WorkbookPort,
  result: EngineResult,
  layout: DataLayout,
  opts: TagOptions = {},
): Promise<void> {
  const size = Math.max(1, opts.sliceRows ?? TAG_SLICE_ROWS);
  const total = layout.lastRow - layout.firstRow + 1;
  for (let first = layout.firstRow; first <= layout.lastRow; first += size) {
    if (opts.signal?.aborted) throw cancelled();
    const last = Math.min(layout.lastRow, first + size - 1);
    const sheet = taggingSheet(result, { ...layout, firstRow: first, lastRow: last });
    if (first > layout.firstRow) sheet.ownedFromRow = first;
    await port.applyPlan({ sheets: [sheet], messages: [] }, { signal: opts.signal });
    opts.onProgress?.({ done: last - layout.firstRow + 1, total, step: `« ${layout.sheet} »` });
    await yieldToUi();
  }
}

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

const NOT_REVENUE: I18nText = {
  fr: "Hors chiffre d'affaires (hors classe 7)",
  en: "Not revenue (outside class 7)",
};
const IGNORED: I18nText = {
  fr: "Ignorées (montant ou date illisible)",
  en: "Ignored (unreadable amount or date)",
};
const CAOP: I18nText = { fr: "CA OP", en: "CA OP" };
const SALES: I18nText = { fr: "Ventes opérationnelles", en: "Operating sales" };

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
