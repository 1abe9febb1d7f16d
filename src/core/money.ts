/**
 * Exact amounts: reading amount cells (numbers and the texts accountants' exports carry) into
 * integer cents, or into an exact Decimal when cents are not enough, and writing them back.
 *
 * Hot path: `readAmount` runs once per row on up to 1,048,576 rows. It reads text with one
 * char-code loop that builds an integer, writes into a reused out-parameter and allocates nothing
 * in the common case (≤ 2 decimals, ≤ 15 digits). Only the rare exact path builds a Decimal.
 */
import Decimal from "decimal.js";
import { isCellError } from "./cells";
import type { CellValue } from "./types";

/**
 * decimal.js rounds every result to 20 significant digits by default: far too few for totals "exact
 * whatever the row count". Sums and products of money must never round, so the one Decimal type of
 * the product carries 80 significant digits (variations and gaps are rounded explicitly for display).
 */
export const MONEY_PRECISION = 80;
Decimal.set({ precision: MONEY_PRECISION, rounding: Decimal.ROUND_HALF_EVEN });

export type DecimalSep = "," | ".";

/** Reusable out-parameter of readAmount (no allocation per row). */
export interface AmountOut {
  /** Exact integer cents when the value has <= 2 decimals (and fits a safe integer); NaN otherwise (see exact). */
  cents: number;
  /** The exact value in currency units when cents cannot hold it (more than 2 decimals, or beyond 2^53 cents), else null. */
  exact: Decimal | null;
  /** ISO code when the text carried a currency ("€" or "EUR" → "EUR", "$" → "USD", "CHF"…), "" when none. */
  currency: string;
  /** True for texts like "1,234" or "1.234" whose reading was decided by the locale separator. */
  ambiguous: boolean;
  /** "" when ok; else "empty" | "unreadable" | "error_cell" | "boolean". */
  error: string;
}

/** Currency words and symbols accepted before or after an amount (compared case-insensitively). */
const CURRENCY_TOKENS: readonly (readonly [token: string, code: string])[] = [
  ["€", "EUR"],
  ["EUR", "EUR"],
  ["EURO", "EUR"],
  ["EUROS", "EUR"],
  ["$", "USD"],
  ["USD", "USD"],
  ["£", "GBP"],
  ["GBP", "GBP"],
  ["CHF", "CHF"],
  // The Swiss franc as written in Switzerland: "Fr. 1'234.50", "SFr. 1'234.50".
  ["FR.", "CHF"],
  ["SFR.", "CHF"],
  ["SFR", "CHF"],
  ["¥", "JPY"],
  ["JPY", "JPY"],
  ["CAD", "CAD"],
  ["XOF", "XOF"],
  ["XAF", "XAF"],
  ["XPF", "XPF"],
  ["MAD", "MAD"],
  ["TND", "TND"],
  ["DZD", "DZD"],
];

/**
 * Currencies written "$" in their own country (the US, Australian, Canadian, New Zealand, Singapore,
 * Hong Kong dollars…): a "$" cell beside a currency column naming one of them is that currency.
 */
export const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set([
  "USD",
  "AUD",
  "CAD",
  "NZD",
  "SGD",
  "HKD",
  "TWD",
  "FJD",
  "JMD",
  "TTD",
  "BSD",
  "BBD",
  "XCD",
  "MXN",
]);

/** Display of a currency code: symbol and where it goes. Codes not listed are written as their code. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { EUR: "€", USD: "$", GBP: "£", JPY: "¥" };

/** Characters that mean "minus" before or after an amount: hyphen, U+2212 minus sign, en dash. */
const MINUS_CODES: readonly number[] = [0x2d, 0x2212, 0x2013];

const PLUS = 0x2b;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const COMMA = 0x2c;
const DOT = 0x2e;

/** Separator kinds inside the digits of an amount. */
const SEP_NONE = 0;
const SEP_COMMA = 1;
const SEP_DOT = 2;
const SEP_SPACE = 3;
const SEP_APOS = 4;

const POW10 = [1, 10, 100];
/** "?": U+202F written in Windows-1252 (sepKind). */
const QUESTION = 0x3f;

/** Spaces that may sit around an amount and (except tab/newline) between its digit groups. */
function isOuterSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x2007 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xfeff
  );
}

/**
 * Separator kind of a char inside the digits (space, U+00A0, U+202F, thin and figure spaces; ' and ’).
 * A "?" too: Excel's French number format groups thousands with U+202F, which a CSV saved in
 * Windows-1252 writes "?" ("1?200,50"); between digit groups of three it can be nothing else.
 */
function sepKind(c: number): number {
  if (c === COMMA) return SEP_COMMA;
  if (c === DOT) return SEP_DOT;
  if (c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === QUESTION)
    return SEP_SPACE;
  if (c === 0x27 || c === 0x2019) return SEP_APOS;
  return SEP_NONE;
}

function isMinus(c: number): boolean {
  return MINUS_CODES.includes(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isCurrencySymbol(c: number): boolean {
  return c === 0x20ac || c === 0x24 || c === 0xa3 || c === 0xa5;
}

/**
 * End of a currency token starting at i: one symbol (€ $ £ ¥), or a run of ASCII letters (EUR, CHF),
 * with its abbreviation's dot when the token is one ("Fr.").
 */
function currencyEnd(s: string, i: number, end: number): number {
  let j = i + 1;
  if (isCurrencySymbol(s.charCodeAt(i))) return j;
  while (j < end && isAsciiLetter(s.charCodeAt(j))) j++;
  if (j < end && s.charCodeAt(j) === DOT && matchCurrency(s, i, j + 1) !== "") j++;
  return j;
}

/** ISO code of the currency token s[from, to) (letters compared case-insensitively), "" when unknown. */
function matchCurrency(s: string, from: number, to: number): string {
  const len = to - from;
  for (let t = 0; t < CURRENCY_TOKENS.length; t++) {
    const token = CURRENCY_TOKENS[t][0];
    if (token.length !== len) continue;
    let k = 0;
    while (k < len) {
      let c = s.charCodeAt(from + k);
      if (c >= 0x61 && c <= 0x7a) c -= 0x20;
      if (c !== token.charCodeAt(k)) break;
      k++;
    }
    if (k === len) return CURRENCY_TOKENS[t][1];
  }
  return "";
}

/** A fresh out-parameter for readAmount; make one per loop and reuse it for every row. */
export function newAmountOut(): AmountOut {
  return { cents: NaN, exact: null, currency: "", ambiguous: false, error: "" };
}

/** The magnitude of an amount read into `out`, in cents as a float: for comparisons, never for sums. */
export function magnitudeCents(out: AmountOut): number {
  return Math.abs(out.exact !== null ? out.exact.toNumber() * 100 : out.cents);
}

function fail(out: AmountOut, error: string): boolean {
  out.cents = NaN;
  out.exact = null;
  out.error = error;
  return false;
}

/**
 * Reads one amount cell into out; returns true when out holds a usable amount (cents, or exact).
 * Numbers are taken as Excel shows them (15 significant digits); texts follow SPEC 2.2, see readAmountText.
 * @example readAmount("1 234,56 €", ",", out) //=> true, out.cents 123456, out.currency "EUR"
 */
export function readAmount(value: CellValue, decimalSep: DecimalSep, out: AmountOut): boolean {
  out.currency = "";
  out.ambiguous = false;
  out.error = "";
  out.exact = null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail(out, "unreadable");
    const c = numberToCents(value);
    out.cents = c;
    if (c !== c) out.exact = numberToDecimal(value);
    return true;
  }
  if (typeof value === "string")
    return readPlainText(value, decimalSep, out) || readAmountText(value, decimalSep, out);
  if (value === null || value === undefined) return fail(out, "empty");
  if (typeof value === "boolean") return fail(out, "boolean");
  if (value instanceof Date) return fail(out, "unreadable");
  if (isCellError(value)) return fail(out, "error_cell");
  return fail(out, "unreadable");
}

/**
 * Reads an amount text (one pass over char codes). Layout: optional sign / "(" / currency before,
 * the digits with their separators, optional currency / trailing minus / ")" after, spaces anywhere
 * between. Separators: when both "," and "." appear the last one is decimal; a single kind repeated
 * is thousands; a single one followed by exactly 3 digits (after 1–3 digits not starting with 0) is
 * ambiguous and decided by decimalSep; otherwise a single one is decimal. Spaces (incl. U+00A0,
 * U+202F) and apostrophes are thousands separators. Thousands groups must have 3 digits, the first 1–3.
 * A text of only spaces is "empty" (like cells.isBlank); a lone dash (with or without currency) is 0;
 * anything else unusable is "unreadable".
 */
function readAmountText(s: string, decimalSep: DecimalSep, out: AmountOut): boolean {
  let start = 0;
  let end = s.length;
  while (start < end && isOuterSpace(s.charCodeAt(start))) start++;
  while (end > start && isOuterSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return fail(out, "empty");

  // Before the digits: spaces, one sign, "(", one currency.
  let negative = false;
  let signs = 0;
  let paren = 0;
  let currency = "";
  let i = start;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) break;
    if ((c === COMMA || c === DOT) && i + 1 < end) {
      const n = s.charCodeAt(i + 1);
      if (n >= 0x30 && n <= 0x39) break; // ",50": the digits start with their decimal separator
    }
    if (isOuterSpace(c)) continue;
    if (isMinus(c) || c === PLUS) {
      signs++;
      negative = c !== PLUS;
    } else if (c === OPEN_PAREN) {
      paren++;
    } else if (isCurrencySymbol(c) || isAsciiLetter(c)) {
      const j = currencyEnd(s, i, end);
      const code = matchCurrency(s, i, j);
      if (code === "" || currency !== "") return fail(out, "unreadable");
      currency = code;
      i = j - 1;
    } else return fail(out, "unreadable");
  }
  // Excel's accounting format shows zero as a lone dash (" -   € "): 0, as the accountant reads it.
  if (i === end)
    return signs === 1 && negative && paren === 0 ? setZero(out, currency) : fail(out, "unreadable");

  // The digits: accumulate one integer, remember the separators' layout.
  let mant = 0;
  let digits = 0;
  let firstGroup = -1; // digits before the first separator
  let tail = 0; // digits since the last separator
  let seps = 0;
  let firstKind = SEP_NONE;
  let lastKind = SEP_NONE;
  let leadingZero = false;
  const bodyStart = i;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    const d = c - 0x30;
    if (d >= 0 && d <= 9) {
      if (digits === 0) leadingZero = d === 0;
      mant = mant * 10 + d;
      digits++;
      tail++;
      continue;
    }
    const k = sepKind(c);
    if (k === SEP_NONE) break;
    // A space followed by a non-digit ends the digits ("12 €").
    if (i + 1 >= end) break;
    const n = s.charCodeAt(i + 1);
    if (n < 0x30 || n > 0x39) {
      if (k === SEP_SPACE) break;
      return fail(out, "unreadable");
    }
    if (seps === 0) {
      firstGroup = tail;
      firstKind = k;
    } else {
      // A separator that is not the last one must be a thousands separator of the first kind, 3 digits apart.
      if (lastKind !== firstKind || tail !== 3) return fail(out, "unreadable");
    }
    lastKind = k;
    seps++;
    tail = 0;
  }
  const bodyEnd = i;

  // After the digits: spaces, one currency, a trailing minus, ")".
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isOuterSpace(c)) continue;
    if (isMinus(c)) {
      signs++;
      negative = true;
    } else if (c === CLOSE_PAREN) {
      paren += 2;
    } else if (isCurrencySymbol(c) || isAsciiLetter(c)) {
      const j = currencyEnd(s, i, end);
      const code = matchCurrency(s, i, j);
      if (code === "" || currency !== "") return fail(out, "unreadable");
      currency = code;
      i = j - 1;
    } else return fail(out, "unreadable");
  }
  // paren: 0 = none, 3 = "(" then ")"; anything else is unbalanced. Parentheses and a sign never mix.
  if (signs > 1 || (paren !== 0 && (paren !== 3 || signs !== 0))) return fail(out, "unreadable");
  if (paren === 3) negative = true;

  const frac =
    seps === 0 ? 0 : decimalsOf(seps, firstKind, lastKind, firstGroup, tail, leadingZero, decimalSep);
  if (frac < 0) return fail(out, "unreadable");

  out.currency = currency;
  out.ambiguous = seps !== 0 && decidedAmbiguous;
  return setValue(out, s, bodyStart, bodyEnd, mant, digits, frac, negative);
}

/**
 * Sets the value read by readAmountText: cents when the digits (`mant`, `frac` of them decimals)
 * fit, else the exact value re-read from the text between `bodyStart` and `bodyEnd`.
 */
function setValue(
  out: AmountOut,
  s: string,
  bodyStart: number,
  bodyEnd: number,
  mant: number,
  digits: number,
  frac: number,
  negative: boolean,
): boolean {
  const intDigits = digits - frac;
  // Trailing zeros of the decimals do not count ("1234,5600" has two decimals).
  let scale = frac;
  while (scale > 2 && mant % 10 === 0 && Number.isSafeInteger(mant)) {
    mant /= 10;
    scale--;
  }
  if (scale <= 2 && Number.isSafeInteger(mant)) {
    const cents = mant * POW10[2 - scale];
    if (Number.isSafeInteger(cents)) {
      out.cents = negative && cents !== 0 ? -cents : cents;
      out.exact = null;
      return true;
    }
  }
  return setExact(out, exactFromDigits(s, bodyStart, bodyEnd, intDigits, negative));
}

/** An amount of zero (with the currency its text named). */
function setZero(out: AmountOut, currency: string): boolean {
  out.currency = currency;
  out.cents = 0;
  out.exact = null;
  return true;
}

/** Set by decimalsOf: the last reading was decided by the locale separator. */
let decidedAmbiguous = false;

/**
 * Number of decimals of a digit run from its separators' layout (SPEC 2.2), -1 when the layout is
 * not an amount. Sets decidedAmbiguous. Non-last separators were already checked to be of the
 * first kind and 3 digits apart; tail = digits after the last separator.
 */
function decimalsOf(
  seps: number,
  firstKind: number,
  lastKind: number,
  firstGroup: number,
  tail: number,
  leadingZero: boolean,
  decimalSep: DecimalSep,
): number {
  decidedAmbiguous = false;
  let lastIsDecimal: boolean;
  if (lastKind !== firstKind) lastIsDecimal = true;
  else if (lastKind === SEP_SPACE || lastKind === SEP_APOS || seps > 1) lastIsDecimal = false;
  else if (tail === 3 && firstGroup >= 1 && firstGroup <= 3 && !leadingZero) {
    decidedAmbiguous = true;
    lastIsDecimal = (lastKind === SEP_COMMA) === (decimalSep === ",");
  } else lastIsDecimal = true;
  if (lastIsDecimal) {
    if (lastKind === SEP_SPACE || lastKind === SEP_APOS || tail === 0) return -1;
    // The separators before the decimal one are thousands: first group 1–3 digits.
    if (seps > 1 && (firstGroup < 1 || firstGroup > 3)) return -1;
    return tail;
  }
  return tail === 3 && firstGroup >= 1 && firstGroup <= 3 ? 0 : -1;
}

/**
 * Fast path of readAmount for the common text: only digits and , . space U+00A0 U+202F, starting
 * and ending with a digit, ≤ 15 digits, ≤ 2 decimals. Returns false (out untouched) for anything
 * else, which the general reader then handles.
 */
function readPlainText(s: string, decimalSep: DecimalSep, out: AmountOut): boolean {
  const len = s.length;
  let mant = 0;
  let digits = 0;
  let tail = 0;
  let seps = 0;
  let firstGroup = 0;
  let firstKind = SEP_NONE;
  let lastKind = SEP_NONE;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x39 && c >= 0x30) {
      mant = mant * 10 + (c - 0x30);
      tail++;
      continue;
    }
    const k =
      c === COMMA
        ? SEP_COMMA
        : c === DOT
          ? SEP_DOT
          : c === 0xa0 || c === 0x20 || c === 0x202f || c === QUESTION
            ? SEP_SPACE
            : SEP_NONE;
    if (k === SEP_NONE || tail === 0) return false;
    if (seps === 0) {
      firstGroup = tail;
      firstKind = k;
    } else if (lastKind !== firstKind || tail !== 3) return false;
    digits += tail;
    lastKind = k;
    seps++;
    tail = 0;
  }
  if (tail === 0) return false;
  digits += tail;
  if (digits > 15) return false;
  const frac =
    seps === 0
      ? 0
      : decimalsOf(seps, firstKind, lastKind, firstGroup, tail, s.charCodeAt(0) === 0x30, decimalSep);
  if (frac < 0 || frac > 2) return false;
  const cents = mant * POW10[2 - frac];
  if (cents > Number.MAX_SAFE_INTEGER) return false;
  out.cents = cents;
  out.ambiguous = seps === 0 ? false : decidedAmbiguous;
  return true;
}

/** Exact Decimal of the digits of s[from, to) with the decimal point after intDigits digits (rare path). */
function exactFromDigits(s: string, from: number, to: number, intDigits: number, negative: boolean): Decimal {
  let t = negative ? "-" : "";
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    if (n === intDigits) t += n === 0 ? "0." : ".";
    t += s[i];
    n++;
  }
  return new Decimal(t);
}

/** Puts an exact value in out: as cents when it has ≤ 2 decimals and fits, else as exact. */
function setExact(out: AmountOut, d: Decimal): boolean {
  if (d.decimalPlaces() <= 2) {
    const c = d.times(100);
    if (c.abs().lte(Number.MAX_SAFE_INTEGER)) {
      out.cents = c.toNumber() + 0; // + 0 turns -0 into 0
      out.exact = null;
      return true;
    }
  }
  out.cents = NaN;
  out.exact = d;
  return true;
}

/**
 * Exact cents of a JS number when it has at most 2 decimals as Excel shows it (15 significant
 * digits), else NaN. Fast path: Math.round(x*100)/100 gives back x. Slow path (computed numbers
 * like 0.1+0.2): round to 15 significant digits first, as Excel displays.
 * @example numberToCents(1234.56) //=> 123456; numberToCents(0.1 + 0.2) //=> 30; numberToCents(1.005) //=> NaN
 */
export function numberToCents(x: number): number {
  const c = Math.round(x * 100);
  // |c| < 1e15: c/100 has at most 15 significant digits, so it is also what Excel shows.
  if (c / 100 === x && c < 1e15 && c > -1e15) return c + 0;
  // The rest apart, so that this stays small enough for V8 to inline in hot loops.
  return displayedCents(x);
}

/** numberToCents of a number that is not an exact cents value as stored: as Excel shows it, or NaN. */
function displayedCents(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const y = Number(x.toPrecision(15));
  const c2 = Math.round(y * 100);
  if (c2 / 100 === y && Number.isSafeInteger(c2)) return c2 + 0;
  return NaN;
}

/**
 * Exact Decimal of a JS number as Excel shows it: its decimal value rounded to 15 significant
 * digits (the shortest round-trip repr when that is shorter). NaN/±Infinity give a NaN Decimal.
 * @example numberToDecimal(0.1 + 0.2).toString() //=> "0.3"; numberToDecimal(12.3456).toString() //=> "12.3456"
 */
export function numberToDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) return new Decimal(NaN);
  return new Decimal(x.toPrecision(15));
}

/**
 * Decimal string with at least two decimals (more when the value has more), never rounded, no
 * exponent, no "-0": the CLI/JSON form of an amount.
 * @example toDecimalString(new Decimal(3850000)) //=> "3850000.00"
 */
export function toDecimalString(d: Decimal): string {
  if (d.isZero()) return "0.00";
  return d.toFixed(Math.max(2, d.decimalPlaces()));
}

/** Groups the integer digits of an unsigned fixed-point string by 3 with sep, and swaps the decimal point. */
function groupDigits(fixed: string, thousands: string, decimal: string): string {
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += thousands;
    out += int[i];
  }
  return dot < 0 ? out : out + decimal + fixed.slice(dot + 1);
}

/**
 * French display: plain ASCII spaces as thousands separator, comma decimals, the symbol after a
 * space; at least 2 decimals, never rounded. currency: ISO code, default "EUR"; "" for none.
 * @example formatMoneyFr(new Decimal(-150000)) //=> "-150 000,00 €"
 */
export function formatMoneyFr(d: Decimal, currency = "EUR"): string {
  const fixed = toDecimalString(d.abs());
  const sign = d.isNegative() && !d.isZero() ? "-" : "";
  const sym = CURRENCY_SYMBOLS[currency] ?? currency;
  return sign + groupDigits(fixed, " ", ",") + (sym ? " " + sym : "");
}

/**
 * English display: comma thousands, dot decimals, symbol first (code and a space for currencies
 * without a symbol, "CHF 1,234.00"); at least 2 decimals, never rounded.
 * @example formatMoneyEn(new Decimal(-150000)) //=> "-€150,000.00"
 */
export function formatMoneyEn(d: Decimal, currency = "EUR"): string {
  const fixed = toDecimalString(d.abs());
  const sign = d.isNegative() && !d.isZero() ? "-" : "";
  const sym = CURRENCY_SYMBOLS[currency];
  const prefix = sym ?? (currency ? currency + " " : "");
  return sign + prefix + groupDigits(fixed, ",", ".");
}

/**
 * Decimal from integer cents, exact (no float division).
 * @example centsToDecimal(123456).toString() //=> "1234.56"
 */
export function centsToDecimal(cents: number): Decimal {
  if (!Number.isInteger(cents))
    throw new RangeError(`centsToDecimal: not an integer number of cents: ${cents}`);
  if (Number.isSafeInteger(cents)) return new Decimal(`${cents}e-2`);
  return new Decimal(cents).div(100);
}

/** A figure rounded to the cent as an invoice writes it (half away from zero: 0,125 → 0,13). */
export function toCent(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The amount before tax of an amount with its tax at `rate` (0.2 for 20 %), to the cent as written. */
export function htOfTtc(ttc: Decimal, rate: Decimal): Decimal {
  return toCent(ttc.div(rate.plus(1)));
}
