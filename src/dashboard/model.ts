/**
 * The dashboard's numbers, from the engine only: one row per month of the fiscal year (CA OP, M-1,
 * N-1, MoM, YoY, Top 3, Objectif, Écart) and the total / year-to-date row. These are the values the
 * sheet's live formulas must reproduce (the LibreOffice cross-check compares them cell by cell).
 */
import Decimal from "decimal.js";
import { compareRows, groupBy, monthlyCaop, type GroupRow } from "../core/aggregate";
import { findAlerts, type Alert, type AlertSettings } from "../core/alerts";
import type { EngineResult } from "../core/engine";
import { addMonths, fiscalMonths, fiscalYearOf } from "../core/periods";
import { seriesVariation, targetGap, variation } from "../core/variations";

/** What the dashboard is about. */
export interface DashboardOptions {
  /** Fiscal year (calendar year it starts in); default: the year of the latest month with data. */
  year?: number;
  /** First month of the fiscal year, 1..12. */
  startMonth: number;
  /** Column (0-based, in the engine's table) of the segment field; undefined when not mapped. */
  segmentColumn?: number;
  /** Objectif typed by the user, per month key (kept across regenerations). */
  objectives: ReadonlyMap<number, number>;
  alerts: AlertSettings;
}

/** One month row of the dashboard. */
export interface MonthRow {
  key: number;
  /** M-1 and N-12 month keys. */
  prevKey: number;
  yoyKey: number;
  /** Lines of the month that took part (0 = no data: variations and Écart are "n/d"). */
  lines: number;
  /** After the latest month with data: the sheet shows the row blank (not "0 €", not "n/d"). */
  future: boolean;
  caop: Decimal;
  prevCaop: Decimal;
  yoyCaop: Decimal;
  mom: Decimal | null;
  yoy: Decimal | null;
  top3: string[];
  objective: number | null;
  gap: Decimal | null;
}

/** The total / year-to-date row: months with data, compared with the same months of N-1. */
export interface TotalRow {
  lines: number;
  caop: Decimal;
  /** N-1 CA OP of the months of N that have data. */
  yoyCaop: Decimal;
  yoyAll: Decimal;
  yoy: Decimal | null;
  /** Objectif of the months that have data. */
  objective: number;
  gap: Decimal | null;
  top3: string[];
}

export interface DashboardModel {
  year: number;
  startMonth: number;
  months: MonthRow[];
  total: TotalRow;
  /** Segment groups over all months (for alerts and the segment detail), null without a segment field. */
  segments: GroupRow[] | null;
  alerts: Alert[];
  alertSettings: AlertSettings;
}

/** Fiscal year shown by default: the one holding the latest month with data (or the current year). */
export function defaultYear(result: EngineResult, startMonth: number, now = new Date()): number {
  const last = result.months[result.months.length - 1];
  if (last) return fiscalYearOf(last.key, startMonth);
  return fiscalYearOf(now.getFullYear() * 100 + now.getMonth() + 1, startMonth);
}

/** The latest month with data (-1 when none): variations and alerts stop there. */
export function lastDataMonth(result: EngineResult): number {
  return result.months.length > 0 ? result.months[result.months.length - 1].key : -1;
}

/** Ranks the values of a group list for one month: CA OP of that month desc, ties by name (SPEC 3). */
export function topForMonth(groups: readonly GroupRow[], month: number, n = 3): string[] {
  return groups
    .filter((g) => g.byMonth.has(month))
    .map((g) => ({ key: g.key, caop: g.byMonth.get(month) as Decimal }))
    .sort(compareRows)
    .slice(0, n)
    .map((g) => g.key);
}

/** Ranks over a month range (the year's Top 3). */
export function topForRange(groups: readonly GroupRow[], from: number, to: number, n = 3): string[] {
  return groups
    .map((g) => {
      let caop = new Decimal(0);
      let any = false;
      for (const [m, v] of g.byMonth) {
        if (m < from || m > to) continue;
        caop = caop.plus(v);
        any = true;
      }
      return { key: g.key, caop, any };
    })
    .filter((g) => g.any)
    .sort(compareRows)
    .slice(0, n)
    .map((g) => g.key);
}

/** Builds the dashboard's numbers for one fiscal year from an engine result. */
export function dashboardModel(result: EngineResult, options: DashboardOptions): DashboardModel {
  const startMonth = options.startMonth;
  const year = options.year ?? defaultYear(result, startMonth);
  const keys = fiscalMonths(year, startMonth);
  const series = monthlyCaop(result);
  const linesOf = new Map(result.months.map((m) => [m.key, m.totals.lines]));
  const segments = options.segmentColumn === undefined ? null : groupBy(result, options.segmentColumn);
  const zero = new Decimal(0);

  const months: MonthRow[] = keys.map((key) => {
    const lines = linesOf.get(key) ?? 0;
    const prevKey = addMonths(key, -1);
    const yoyKey = addMonths(key, -12);
    const caop = series.get(key) ?? zero;
    const raw = options.objectives.get(key);
    const objective = raw === undefined || !Number.isFinite(raw) ? null : raw;
    return {
      key,
      prevKey,
      yoyKey,
      lines,
      future: key > lastDataMonth(result),
      caop,
      prevCaop: series.get(prevKey) ?? zero,
      yoyCaop: series.get(yoyKey) ?? zero,
      mom: seriesVariation(series, key, "MOM"),
      yoy: seriesVariation(series, key, "YOY"),
      top3: segments ? topForMonth(segments, key) : [],
      objective,
      gap: lines === 0 || objective === null ? null : targetGap(caop, new Decimal(objective)),
    };
  });

  const withData = months.filter((m) => m.lines > 0);
  const sum = (xs: Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), zero);
  const caop = sum(months.map((m) => m.caop));
  const yoyCaop = sum(withData.map((m) => m.yoyCaop));
  const objective = withData.reduce((a, m) => a.plus(m.objective ?? 0), zero);
  const total: TotalRow = {
    lines: withData.reduce((a, m) => a + m.lines, 0),
    caop,
    yoyCaop,
    yoyAll: sum(months.map((m) => m.yoyCaop)),
    yoy: withData.length === 0 ? null : variation(caop, yoyCaop),
    objective: objective.toNumber(),
    gap: withData.length === 0 ? null : targetGap(caop, objective),
    top3: segments ? topForRange(segments, keys[0], keys[11]) : [],
  };
  // Alerts over the months that have data: after the last one, every value would "fall" to 0.
  const to = Math.min(keys[11], lastDataMonth(result));
  const alerts = segments && to >= keys[0] ? findAlerts(segments, options.alerts, { from: keys[0], to }) : [];
  return { year, startMonth, months, total, segments, alerts, alertSettings: options.alerts };
}

/** The alerts of one segment: its latest alert, every month it was in alert, and its distinct streaks. */
export interface SegmentAlerts {
  key: string;
  latest: Alert;
  months: number[];
  streaks: Alert["streak"][];
}

/**
 * The alerts grouped by segment, in first-alert order: a segment appears once, however many months
 * it stayed in alert (findAlerts reports a streak at each further month).
 */
export function alertsBySegment(alerts: readonly Alert[]): SegmentAlerts[] {
  const by = new Map<string, SegmentAlerts>();
  for (const a of alerts) {
    const g = by.get(a.key);
    if (!g) {
      by.set(a.key, { key: a.key, latest: a, months: [a.month], streaks: [a.streak] });
      continue;
    }
    g.months.push(a.month);
    const lastStreak = g.streaks[g.streaks.length - 1];
    // The same streak grown by a month replaces its shorter report; a new streak is added.
    if (lastStreak.length > 0 && a.streak.some((x) => x.month === lastStreak[0].month))
      g.streaks[g.streaks.length - 1] = a.streak;
    else g.streaks.push(a.streak);
    g.latest = a;
  }
  return [...by.values()];
}
