/**
 * Number formats and styles of the product's sheets, as tables. Format codes are Excel's invariant
 * codes: French Excel shows `#,##0 "€"` as « 850 000 € » and `+0.0 %` as « +3,5 % » (the thousands and
 * decimal separators come from the user's locale, never from the code).
 */
import type { PlanStyle } from "../sheet/plan";

/** Currency symbols written after amounts; other currencies show their ISO code. */
const SYMBOLS: Readonly<Record<string, string>> = { EUR: "€", USD: "$", GBP: "£", JPY: "¥", CHF: "CHF" };

/** The symbol of a currency code ("EUR" → "€"). */
export function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? currency;
}

/**
 * Whole-unit money format: 850 000 € (negative with a minus, zero shown as 0 €). The space before
 * the symbol is escaped (`\ `) as French Excel writes it: a bare space after a digit placeholder
 * is a thousands scaler in French-locale spreadsheets (LibreOffice showed 850 000 as « 850 € »).
 */
export function moneyFormat(currency: string): string {
  const s = `\\ "${currencySymbol(currency).replace(/"/g, "")}"`;
  return `#,##0${s};-#,##0${s};0${s}`;
}

/** Money to the cent: 1 234,56 €. */
export function centsFormat(currency: string): string {
  const s = `\\ "${currencySymbol(currency).replace(/"/g, "")}"`;
  return `#,##0.00${s};-#,##0.00${s};0.00${s}`;
}

/** Signed percentage with one decimal, the template's form: +3,5 % / −5,6 % (U+2212 minus, escaped space). */
export const PERCENT_FORMAT = '+0.0\\ %;"\u2212"0.0\\ %;0.0\\ %';

/** Plain percentage (error rate of the QC sheet): 4,0 %. */
export const RATE_FORMAT = "0.0\\ %";

/** Integers and month keys shown as they are (202501). */
export const INTEGER_FORMAT = "0";

/** A yyyymm month key shown as a month: 202503 → "2025-03". */
export const MONTH_KEY_FORMAT = '0000"-"00';

/** Counts with thousands separators. */
export const COUNT_FORMAT = "#,##0";

/** Colours of the product's sheets. */
export const COLORS = {
  headerFill: "#1F4E78",
  headerFont: "#FFFFFF",
  title: "#1F4E78",
  subtle: "#595959",
  inputFill: "#FFF2CC",
  totalFill: "#DDEBF7",
  alertFill: "#F8CBAD",
  alertFont: "#9C0006",
  negativeFont: "#C00000",
  helperFont: "#808080",
  sectionFill: "#E7E6E6",
  tab: "#2E75B6",
} as const;

/** Named styles used by every builder. */
export const STYLES = {
  title: { bold: true, fontSize: 14, fontColor: COLORS.title },
  subtitle: { italic: true, fontColor: COLORS.subtle },
  header: {
    bold: true,
    fill: COLORS.headerFill,
    fontColor: COLORS.headerFont,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: ["top", "bottom", "left", "right"],
  },
  total: { bold: true, fill: COLORS.totalFill, border: ["top", "bottom"] },
  input: { fill: COLORS.inputFill, border: ["top", "bottom", "left", "right"] },
  section: { bold: true, fill: COLORS.sectionFill },
  alert: { fill: COLORS.alertFill, fontColor: COLORS.alertFont },
  negative: { fontColor: COLORS.negativeFont },
  helper: { fontColor: COLORS.helperFont, italic: true },
  link: { fontColor: "#0563C1", hAlign: "center" },
  label: { bold: true },
  right: { hAlign: "right" },
  center: { hAlign: "center" },
} as const satisfies Record<string, PlanStyle>;
