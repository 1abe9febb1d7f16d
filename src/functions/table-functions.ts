/**
 * The functions over a sales range with its header row — CAOP, CAOP.VAR, CAOP.BY, CAOP.TOP,
 * CAOP.ALERTS — as compositions of the core (compute, caopFor, groupBy, topN, seriesVariation,
 * findAlerts). Arguments come as Excel passes them; results are plain values for Excel.
 */
import type Decimal from "decimal.js";
import { BLANK_KEY, caopFor, groupBy, monthlyCaop, topN } from "../core/aggregate";
import { findAlerts, type AlertSettings } from "../core/alerts";
import { cellText } from "../core/cells";
import type { EngineResult } from "../core/engine";
import { readAmount, newAmountOut } from "../core/money";
import type { Lang } from "../core/types";
import { formatVariationFr, seriesVariation, variation } from "../core/variations";
import type { FunctionContext } from "./context";
import { invalid, notAvailable } from "./errors";
import { resolveField } from "./field";
import { isOmitted, scalarArg, textArg } from "./input";
import { message, say } from "./messages";
import { monthCount, periodArg, shiftPeriod, type Period } from "./period";
import { computeRange } from "./table";

/** Where a call comes from: its context and the address of its table argument (for row numbers). */
export interface Call {
  ctx: FunctionContext;
  address?: string;
}

/** Variation kinds and the words that name them. */
const VARIATION_KINDS: Readonly<Record<string, "MOM" | "YOY">> = {
  MOM: "MOM",
  "M-1": "MOM",
  M1: "MOM",
  MOIS: "MOM",
  MONTH: "MOM",
  YOY: "YOY",
  "N-1": "YOY",
  "N-12": "YOY",
  AN: "YOY",
  ANNEE: "YOY",
  ANNÉE: "YOY",
  YEAR: "YOY",
};

/** Number format of a variation returned as a formatted number (CustomFunctionsRuntime 1.4). */
const VARIATION_FORMAT: Readonly<Record<Lang, string>> = {
  fr: '+0.0 %;"\u2212"0.0 %;0.0 %',
  en: '+0.0%;"\u2212"0.0%;0.0%',
};

/** A number with its display format, as Excel's data types take it (Excel.DoubleCellValue). */
export interface FormattedNumber {
  type: "Double";
  basicValue: number;
  numberFormat: string;
}

/** " pour 2025-Q1" / " for 2025-Q1" after a message, or nothing without a period. */
function where(p: Period | null): { fr: string; en: string } {
  return p === null ? { fr: "", en: "" } : { fr: ` pour ${p.label}`, en: ` for ${p.label}` };
}

/** A value of a field as users read it: blank cells are "(non renseigné)" / "(blank)". */
function keyText(key: string, lang: Lang): string {
  return key === BLANK_KEY ? say(lang, "blank_value") : key;
}

/** True when the result has lines in at least one month of the range. */
function hasMonths(result: EngineResult, p: { from: number; to: number }): boolean {
  return result.months.some((m) => m.key >= p.from && m.key <= p.to);
}

/** =CAOP(table, [period], [field], [value]): CA OP of the range, optionally one period and one value. */
export function caopValue(
  table: unknown,
  period: unknown,
  field: unknown,
  value: unknown,
  call: Call,
): number {
  const result = computeRange(table, call.address, call.ctx);
  const p = periodArg(period, call.ctx);
  const f = textArg(field, "field");
  const v = textArg(value, "value");
  if (f === null && v !== null) throw invalid("value_without_field", { value: v });
  if (f !== null && v === null) throw invalid("field_without_value", { field: f });
  const filter = f !== null && v !== null ? { column: resolveField(result, f), value: v } : undefined;
  return caopFor(result, p, filter).toNumber();
}

/** MOM / YOY from the third argument (default MOM); #VALUE! naming the value otherwise. */
export function variationKind(v: unknown): "MOM" | "YOY" {
  const t = textArg(v, "kind");
  if (t === null) return "MOM";
  const kind = VARIATION_KINDS[t.toUpperCase().replace(/\s+/g, "")];
  if (kind === undefined) throw invalid("bad_variation_kind", { value: t });
  return kind;
}

/**
 * =CAOP.VAR(table, period, "MOM"|"YOY"): (CA OP − reference) / |reference| with the reference one
 * period earlier (MOM; a quarter against the quarter before) or 12 months earlier (YOY). Without a
 * period, the last month with data. "n/d" when there is no reference or it is zero.
 */
export function variationValue(
  table: unknown,
  period: unknown,
  kind: unknown,
  call: Call,
): number | string | FormattedNumber {
  const result = computeRange(table, call.address, call.ctx);
  const k = variationKind(kind);
  let p = periodArg(period, call.ctx);
  if (p === null) {
    const last = result.months[result.months.length - 1];
    if (last === undefined) return say(call.ctx.lang, "not_available");
    p = { from: last.key, to: last.key, label: last.period };
  }
  let v: Decimal | null;
  if (p.from === p.to) v = seriesVariation(monthlyCaop(result), p.from, k);
  else {
    const ref = shiftPeriod(p, k === "MOM" ? monthCount(p) : 12);
    v =
      hasMonths(result, p) && hasMonths(result, ref)
        ? variation(caopFor(result, p), caopFor(result, ref))
        : null;
  }
  if (v === null) return say(call.ctx.lang, "not_available");
  const n = v.toNumber();
  return call.ctx.formattedNumbers
    ? { type: "Double", basicValue: n, numberFormat: VARIATION_FORMAT[call.ctx.lang] }
    : n;
}

/** =CAOP.BY(table, field, [period]): rows [value, CA OP], CA OP descending, ties by name. */
export function byValues(table: unknown, field: unknown, period: unknown, call: Call): (string | number)[][] {
  const result = computeRange(table, call.address, call.ctx);
  const f = requiredField(field);
  const p = periodArg(period, call.ctx);
  const rows = groupBy(result, resolveField(result, f), p);
  if (rows.length === 0) throw notAvailable("no_rows", { where: where(p) });
  return rows.map((r) => [keyText(r.key, call.ctx.lang), r.caop.toNumber()]);
}

/** A whole number ≥ 1 from a cell (number or numeric text), or the default when left out / 0. */
function positiveInt(
  v: unknown,
  fallback: number,
  bad: "bad_count" | "bad_months",
  arg: "n" | "months",
): number {
  if (isOmitted(v)) return fallback;
  const cell = scalarArg(v, arg);
  const n =
    typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim().replace(",", ".")) : NaN;
  if (n === 0) return fallback;
  if (!Number.isInteger(n) || n < 1) throw invalid(bad, { value: cellText(cell) });
  return n;
}

/** The field argument, required. */
function requiredField(field: unknown): string {
  const f = textArg(field, "field");
  if (f === null) throw invalid("field_required");
  return f;
}

/** =CAOP.TOP(table, field, [n], [period]): the n best values by CA OP, "A, B, D". */
export function topText(table: unknown, field: unknown, n: unknown, period: unknown, call: Call): string {
  const result = computeRange(table, call.address, call.ctx);
  const f = requiredField(field);
  const count = positiveInt(n, 3, "bad_count", "n");
  const p = periodArg(period, call.ctx);
  const keys = topN(result, resolveField(result, f), count, p);
  if (keys.length === 0) throw notAvailable("no_rows", { where: where(p) });
  return keys.map((k) => keyText(k, call.ctx.lang)).join(", ");
}

/**
 * A fall threshold as a negative fraction: 15, "15 %", 0.15, -0.15 and "-15%" all mean "down more
 * than 15 %". Left out or 0: the workbook's setting.
 */
export function thresholdArg(v: unknown, fallback: number): number {
  if (isOmitted(v)) return fallback;
  const cell = scalarArg(v, "threshold");
  let x: number;
  if (typeof cell === "number") x = Math.abs(cell) > 1 ? cell / 100 : cell;
  else if (typeof cell === "string") {
    const percent = cell.includes("%");
    const out = newAmountOut();
    if (!readAmount(cell.replace("%", ""), ",", out)) throw invalid("bad_threshold", { value: cell });
    const n = out.exact !== null ? out.exact.toNumber() : out.cents / 100;
    x = percent || Math.abs(n) > 1 ? n / 100 : n;
  } else throw invalid("bad_threshold", { value: cellText(cell) });
  if (x === 0) return fallback;
  if (!Number.isFinite(x) || Math.abs(x) >= 1) throw invalid("bad_threshold", { value: cellText(cell) });
  return -Math.abs(x);
}

/** A variation as text in one language ("−20,0 %" / "−20.0%"). */
function variationText(v: Decimal, lang: Lang): string {
  const fr = formatVariationFr(v);
  return lang === "fr" ? fr : fr.replace(",", ".").replace(" %", "%");
}

/**
 * =CAOP.ALERTS(table, field, [threshold], [months]): one row per alert — value, last month of the
 * streak, and the streak in words — or "Aucune alerte".
 */
export function alertRows(
  table: unknown,
  field: unknown,
  threshold: unknown,
  months: unknown,
  call: Call,
): string[][] {
  const result = computeRange(table, call.address, call.ctx);
  const f = requiredField(field);
  const defaults = call.ctx.settings.alerts;
  const settings: AlertSettings = {
    threshold: thresholdArg(threshold, defaults.threshold),
    months: positiveInt(months, defaults.months, "bad_months", "months"),
  };
  const alerts = findAlerts(groupBy(result, resolveField(result, f)), settings);
  const lang = call.ctx.lang;
  if (alerts.length === 0) return [[say(lang, "no_alerts")]];
  const pct = Math.round(Math.abs(settings.threshold) * 1000) / 10;
  return alerts.map((a) => [
    keyText(a.key, lang),
    a.period,
    message("alert_text", {
      months: a.streak.length,
      threshold: { fr: String(pct).replace(".", ","), en: String(pct) },
      variations: a.streak.map((s) => variationText(s.variation, lang)).join(", "),
    })[lang],
  ]);
}
