/**
 * The article's monthly checklist, each step ticked automatically where the data proves it and left
 * to the user otherwise (SPEC 6).
 */
import type { EngineResult } from "../../core/engine";
import { addMonths, periodLabel } from "../../core/periods";
import type { CaopSettings } from "../../core/settings";
import { countsByKind } from "./tagging";

/** The steps, in the article's order, plus "dashboard newer than the data". */
export const CHECK_IDS = [
  "export",
  "core",
  "deductions",
  "exclusions",
  "segments",
  "compare",
  "share",
  "fresh",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** What the session knows. */
export interface CheckFacts {
  result: EngineResult | null;
  /** The product's columns were written from this result. */
  tagged: boolean;
  /** A dashboard was generated from this result (after the data was last read). */
  dashboardFresh: boolean;
}

/** true = proven by the data, false = the data shows it is not done, null = only the user can tell. */
export type Proof = boolean | null;

/** Latest month with data, its M-1 and N-12 and whether they have lines. */
export function comparisonMonths(result: EngineResult): { last: number; prev: boolean; yoy: boolean } | null {
  const last = result.months[result.months.length - 1];
  if (!last) return null;
  const has = new Set(result.months.filter((m) => m.totals.lines > 0).map((m) => m.key));
  return { last: last.key, prev: has.has(addMonths(last.key, -1)), yoy: has.has(addMonths(last.key, -12)) };
}

const DETAIL_FIELDS = ["segment", "product", "client", "salesperson"] as const;

/** Proof of each step from the facts. */
export function checklistProofs(f: CheckFacts): Record<CheckId, Proof> {
  const r = f.result;
  if (!r)
    return {
      export: false,
      core: null,
      deductions: null,
      exclusions: null,
      segments: null,
      compare: null,
      share: null,
      fresh: null,
    };
  const counts = countsByKind(r);
  const perLine =
    r.mapping.discount_amount ??
    r.mapping.rebate_amount ??
    r.mapping.return_amount ??
    r.mapping.invoice_discount;
  const cmp = comparisonMonths(r);
  return {
    export: r.totals.lines > 0,
    core: f.tagged && r.totals.to_review.count === 0 ? true : r.totals.to_review.count > 0 ? false : null,
    deductions: counts.discount + counts.rebate + counts.return > 0 || perLine !== undefined ? true : null,
    exclusions: f.tagged ? true : null,
    segments: DETAIL_FIELDS.some((d) => r.mapping[d] !== undefined) && f.dashboardFresh ? true : null,
    compare: cmp ? cmp.prev && cmp.yoy : false,
    share: null,
    fresh: f.dashboardFresh ? true : null,
  };
}

/** The month the checklist is about: the latest month with data ("2025-03"), or null without data. */
export function checklistMonth(result: EngineResult | null): string | null {
  const last = result?.months[result.months.length - 1];
  return last ? periodLabel(last.key) : null;
}

/** The steps ticked by hand for a month, as stored in the workbook's settings. */
export function manualTicks(
  settings: CaopSettings | null,
  month: string | null,
): Partial<Record<CheckId, boolean>> {
  if (!settings || !month) return {};
  const stored = settings.checklist?.[month] ?? {};
  const out: Partial<Record<CheckId, boolean>> = {};
  for (const id of CHECK_IDS) if (typeof stored[id] === "boolean") out[id] = stored[id];
  return out;
}

/** Settings with one step of a month ticked or unticked by hand. */
export function withTick(settings: CaopSettings, month: string, id: CheckId, done: boolean): CaopSettings {
  const all = settings.checklist ?? {};
  return { ...settings, checklist: { ...all, [month]: { ...all[month], [id]: done } } };
}
