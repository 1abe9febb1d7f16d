/**
 * Variations of CA OP: month on month, year on year, gap to target. No reference or a zero one
 * gives null, shown as "n/d" (never a division by zero).
 */
import Decimal from "decimal.js";
import { addMonths } from "./periods";

/** (current − reference) / |reference|; null when there is no reference or it is zero. */
export function variation(current: Decimal, reference: Decimal | undefined | null): Decimal | null {
  if (!reference || reference.isZero()) return null;
  return current.minus(reference).dividedBy(reference.abs());
}

/** Écart to target: (CA OP − Objectif) / Objectif; null without a target or a zero one. 850 000 vs 900 000 → −0.0556. */
export function targetGap(caop: Decimal, target: Decimal | undefined | null): Decimal | null {
  if (!target || target.isZero()) return null;
  return caop.minus(target).dividedBy(target);
}

/** Variation of a month against M-1 (MOM) or N-12 (YOY) in a monthly series. */
export function seriesVariation(
  series: ReadonlyMap<number, Decimal>,
  month: number,
  kind: "MOM" | "YOY",
): Decimal | null {
  const current = series.get(month);
  if (current === undefined) return null;
  return variation(current, series.get(addMonths(month, kind === "MOM" ? -1 : -12)));
}

/** A variation as French text: "+3,5 %", "−5,6 %", "n/d" (one decimal, U+2212 minus like the template). */
export function formatVariationFr(v: Decimal | null): string {
  if (v === null) return "n/d";
  const pct = v.times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  const sign = pct.isNegative() && !pct.isZero() ? "\u2212" : "+";
  return `${sign}${pct.abs().toFixed(1).replace(".", ",")} %`;
}
