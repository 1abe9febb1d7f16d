/**
 * Numbers as the task pane shows them, per UI language: exact money from the core's formatters,
 * counts with grouped digits, variations as signed percentages.
 */
import type Decimal from "decimal.js";
import { formatMoneyEn, formatMoneyFr } from "../../core/money";
import { MONTH_NAMES } from "../../core/dates";
import type { Lang } from "../../core/types";

/** Exact money text: "3 850 000,00 €" (fr) or "€3,850,000.00" (en). */
export function formatMoney(d: Decimal, lang: Lang, currency = "EUR"): string {
  return lang === "fr" ? formatMoneyFr(d, currency) : formatMoneyEn(d, currency);
}

/** A count with grouped digits: "12 345" (fr, narrow no-break space) or "12,345" (en). */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB").format(n);
}

/** A ratio as a signed percentage with one decimal: −0.056 → "−5,6 %" (fr) / "−5.6%" (en). */
export function formatPercent(ratio: number, lang: Lang): string {
  const v = (Math.round(ratio * 1000) / 10).toFixed(1);
  const signed = ratio > 0 ? `+${v}` : v.replace("-", "\u2212");
  return lang === "fr" ? `${signed.replace(".", ",")}\u00a0%` : `${signed}%`;
}

/** A month in full words, for selects and sentences: 202503 or "2025-03" → "mars 2025" / "March 2025". */
export function longMonth(month: number | string, lang: Lang): string {
  const key = typeof month === "number" ? month : Number(month.replace("-", ""));
  const y = Math.floor(key / 100);
  const names = MONTH_NAMES[key - y * 100 - 1];
  if (!names) return String(month);
  return `${lang === "fr" ? names.frLong : names.enLong} ${y}`;
}

/** A month's name alone, unabbreviated (1..12): "mars" / "March". */
export function monthOnly(m: number, lang: Lang): string {
  const names = MONTH_NAMES[m - 1];
  return names ? (lang === "fr" ? names.frLong : names.enLong) : String(m);
}
