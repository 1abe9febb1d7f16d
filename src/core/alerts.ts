/**
 * The article's alert: a segment whose CA OP falls by more than a threshold month on month
 * for a number of consecutive months ("deux mois de baisse > 15 %"). Both are settings.
 */
import Decimal from "decimal.js";
import type { GroupRow } from "./aggregate";
import { addMonths, periodLabel } from "./periods";
import { variation } from "./variations";

export interface AlertSettings {
  /** A variation strictly below this raises the month (−0.15 for "baisse > 15 %"). */
  threshold: number;
  /** Consecutive months needed. */
  months: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { threshold: -0.15, months: 2 };

/** One alert: a value of the field and the streak of months that fell below the threshold. */
export interface Alert {
  key: string;
  /** Last month of the streak (yyyymm). */
  month: number;
  period: string;
  streak: { month: number; variation: Decimal }[];
}

/**
 * Alerts of every group over the months [from, to] (all months when omitted): one alert per
 * streak, reported at the month the streak reaches the required length, then at each further month.
 */
export function findAlerts(
  groups: readonly GroupRow[],
  settings: AlertSettings = DEFAULT_ALERT_SETTINGS,
  range: { from: number; to: number } | null = null,
): Alert[] {
  const need = Math.max(1, Math.floor(settings.months));
  const threshold = new Decimal(settings.threshold);
  const alerts: Alert[] = [];
  for (const g of groups) {
    const months = [...g.byMonth.keys()];
    if (months.length === 0) continue;
    const first = Math.min(...months);
    const last = Math.max(...months);
    const from = range ? range.from : first;
    const to = range ? range.to : last;
    const streak: { month: number; variation: Decimal }[] = [];
    for (let m = addMonths(from, -(need - 1)); m <= to; m = addMonths(m, 1)) {
      const cur = g.byMonth.get(m) ?? new Decimal(0);
      const v = variation(cur, g.byMonth.get(addMonths(m, -1)));
      if (v !== null && v.lessThan(threshold)) streak.push({ month: m, variation: v });
      else streak.length = 0;
      if (streak.length >= need && m >= from) {
        alerts.push({ key: g.key, month: m, period: periodLabel(m), streak: streak.slice(-need) });
      }
    }
  }
  return alerts.sort((a, b) => a.month - b.month || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
