/** The readable French (or English) summary `caop compute` prints without --json. */
import type { EngineResult } from "../core/engine";
import { readingText } from "../i18n/reading";
import { kindLabel, scopeLabel } from "../core/labels";
import { formatMoneyEn, formatMoneyFr } from "../core/money";
import { reviewList } from "../core/report";
import { format } from "../i18n";
import { DEDUCTION_KINDS, EXCLUDED_REASONS, type Lang } from "../core/types";
import type Decimal from "decimal.js";

const WORDS = {
  fr: {
    caop: "CA OP",
    gross: "Ventes brutes",
    deductions: "Déductions",
    excluded: "Exclusions",
    review: "À vérifier",
    months: "Par mois",
    diagnostics: "Diagnostics",
    lines: (n: number) => `${n} ligne${n > 1 ? "s" : ""}`,
    ignored: "Lignes ignorées",
    known: "montant connu",
    none: "aucun",
    colon: " : ",
    row: "ligne",
    more: (n: number) => `… et ${n} autre${n > 1 ? "s" : ""}`,
  },
  en: {
    caop: "CA OP (operational revenue)",
    gross: "Gross sales",
    deductions: "Deductions",
    excluded: "Exclusions",
    review: "To review",
    months: "By month",
    diagnostics: "Diagnostics",
    lines: (n: number) => `${n} line${n > 1 ? "s" : ""}`,
    ignored: "Ignored lines",
    known: "known amount",
    none: "none",
    colon: ": ",
    row: "row",
    more: (n: number) => `… and ${n} more`,
  },
} as const;

/** Lines to review listed by row in the summary; the JSON lists them all. */
export const REVIEW_SHOWN = 50;

/** Multi-line summary: CA OP first, then deductions, exclusions by reason, lines to review by row, months and diagnostics. */
export function summary(r: EngineResult, lang: Lang): string {
  const w = WORDS[lang];
  const money = (d: Decimal): string =>
    lang === "fr" ? formatMoneyFr(d, r.currency) : formatMoneyEn(d, r.currency);
  const t = r.totals;
  const out: string[] = [];
  out.push(`${w.caop}${w.colon}${money(t.caop)}`);
  out.push(`${w.gross}${w.colon}${money(t.gross_sales)}`);
  out.push(`${w.deductions}${w.colon.trimEnd()}`);
  for (const k of DEDUCTION_KINDS) out.push(`  ${kindLabel(k, lang)}${w.colon}${money(t.deductions[k])}`);
  out.push(`${w.excluded}${w.colon.trimEnd()}`);
  for (const k of EXCLUDED_REASONS) {
    const e = t.excluded[k];
    out.push(`  ${scopeLabel(k, lang)}${w.colon}${w.lines(e.count)}, ${money(e.amount)}`);
  }
  out.push(`${w.review}${w.colon}${w.lines(t.to_review.count)}, ${money(t.to_review.amount)}`);
  // Every line to check is named by its row: the first REVIEW_SHOWN, then how many more (SPEC 9).
  const review = reviewList(r, lang);
  for (const l of review.slice(0, REVIEW_SHOWN))
    out.push(
      `  ${l.sheet !== undefined ? format(lang, "at_sheet", { sheet: l.sheet }) : ""}${w.row} ${l.row}${w.colon}${money(l.amount)} — ${l.reason}`,
    );
  if (review.length > REVIEW_SHOWN) out.push(`  ${w.more(review.length - REVIEW_SHOWN)}`);
  if (r.ignored.count > 0)
    out.push(`${w.ignored}${w.colon}${w.lines(r.ignored.count)}, ${money(r.ignored.amount)}`);
  // How the data was read: decimal marks, sales date, discount and net/gross (issue 9 item 1).
  if (r.reading) out.push(readingText(r.reading, lang));
  out.push(`${w.months}${w.colon.trimEnd()}`);
  for (const m of r.months) out.push(`  ${m.period}  ${money(m.totals.caop)}`);
  out.push(
    `${w.diagnostics} (${r.diagnostics.length})${r.diagnostics.length === 0 ? w.colon + w.none : w.colon.trimEnd()}`,
  );
  for (const d of r.diagnostics) out.push(`  ${lang === "fr" ? d.message : d.messageEn}`);
  return out.join("\n") + "\n";
}
