/**
 * Month arithmetic on the engine's month keys (yyyymm integers), fiscal years, and the period
 * argument users type in =CAOP(table, period): a month, a quarter, a year or nothing (all).
 */
import { MONTH_NAMES, readMonth } from "./dates";
import { isBlank, isCellError } from "./cells";
import { EngineError } from "./errors";
import type { CellValue } from "./types";

export type { MonthKey } from "./dates";

/** Why a period argument cannot be used; messages in both languages. */
const PERIOD_MESSAGES = {
  unreadable: {
    fr: (v: string) => `période illisible « ${v} » (exemples : 2025-01, janv. 2025, 2025-T1, 2025)`,
    en: (v: string) => `unreadable period "${v}" (examples: 2025-01, Jan 2025, 2025-Q1, 2025)`,
  },
  ambiguous: {
    fr: (v: string) => `période ambiguë « ${v} » : jour/mois ou mois/jour ? Écrivez le mois, par ex. 2025-01`,
    en: (v: string) => `ambiguous period "${v}": day/month or month/day? Write the month, e.g. 2025-01`,
  },
} as const;

/** A period argument that cannot be read (code "bad_period"); .fr and .en carry the message. */
export class PeriodError extends EngineError {
  constructor(value: string, reason: keyof typeof PERIOD_MESSAGES = "unreadable") {
    const m = PERIOD_MESSAGES[reason];
    super("bad_period", m.fr(value), m.en(value), { value, reason });
    this.name = "PeriodError";
  }
}

/**
 * Month key of a year and month.
 * @example monthKey(2025, 1) //=> 202501
 */
export function monthKey(y: number, m: number): number {
  return y * 100 + m;
}

/**
 * The month key n months after key (n may be negative).
 * @example addMonths(202501, -1) //=> 202412
 */
export function addMonths(key: number, n: number): number {
  const y = Math.floor(key / 100);
  const idx = y * 12 + (key - y * 100 - 1) + n;
  const ny = Math.floor(idx / 12);
  return ny * 100 + (idx - ny * 12) + 1;
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/**
 * "yyyy-mm" label of a month key (the CLI/JSON form).
 * @example periodLabel(202501) //=> "2025-01"
 */
export function periodLabel(key: number): string {
  const y = Math.floor(key / 100);
  return `${y}-${pad2(key - y * 100)}`;
}

/**
 * Month key of a "yyyy-mm" label (inverse of periodLabel), -1 when it is not one.
 * @example parsePeriodLabel("2025-01") //=> 202501
 */
export function parsePeriodLabel(s: string): number {
  const m = /^\s*(\d{4})-(\d{2})\s*$/.exec(s);
  if (!m) return -1;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? monthKey(Number(m[1]), month) : -1;
}

/**
 * Fiscal year containing a month, labelled by the calendar year it starts in.
 * @example fiscalYearOf(202503, 7) //=> 2024 (July 2024 – June 2025)
 */
export function fiscalYearOf(key: number, startMonth: number): number {
  const y = Math.floor(key / 100);
  return key - y * 100 >= startMonth ? y : y - 1;
}

/**
 * The 12 month keys of fiscal year `year` starting at startMonth (1 → Jan..Dec of year;
 * 7 → Jul year .. Jun year+1).
 * @example fiscalMonths(2025, 7)[11] //=> 202606
 */
export function fiscalMonths(year: number, startMonth: number): number[] {
  const first = monthKey(year, startMonth);
  const out: number[] = [];
  for (let i = 0; i < 12; i++) out.push(addMonths(first, i));
  return out;
}

/** "2025-Q1", "2025 T1", "2025Q1", "Q1 2025", "T1-2025", "q1/2025" (case-insensitive). */
const QUARTER_YEAR_FIRST = /^(\d{4})\s*[-/ ]?\s*[QT]([1-4])$/i;
const QUARTER_YEAR_LAST = /^[QT]([1-4])\s*[-/ ]?\s*(\d{4})$/i;

/** [year, quarter] of a quarter text, null when it is not one. */
function readQuarter(s: string): [number, number] | null {
  const t = s.trim();
  let m = QUARTER_YEAR_FIRST.exec(t);
  if (m) return [Number(m[1]), Number(m[2])];
  m = QUARTER_YEAR_LAST.exec(t);
  if (m) return [Number(m[2]), Number(m[1])];
  return null;
}

/**
 * First and last month keys of a calendar quarter ("2025-Q1", "T1 2025", "Q1 2025"…); throws
 * PeriodError on anything else.
 * @example quarterRange("2025-Q1") //=> [202501, 202503]
 */
export function quarterRange(q: string): [number, number] {
  const r = readQuarter(q);
  if (!r) throw new PeriodError(q);
  const from = monthKey(r[0], (r[1] - 1) * 3 + 1);
  return [from, addMonths(from, 2)];
}

/**
 * Display label of a month: French as Excel's "mmm yyyy" ("janv. 2025"), English "Jan 2025".
 * @example monthName(202501, "fr") //=> "janv. 2025"
 */
export function monthName(key: number, lang: "fr" | "en"): string {
  const y = Math.floor(key / 100);
  const names = MONTH_NAMES[key - y * 100 - 1];
  return `${lang === "fr" ? names.fr : names.en} ${y}`;
}

type PeriodRange = { from: number; to: number; label: string };

function yearRange(year: number, startMonth: number): PeriodRange {
  if (startMonth === 1) return { from: monthKey(year, 1), to: monthKey(year, 12), label: String(year) };
  const from = monthKey(year, startMonth);
  const to = addMonths(from, 11);
  return { from, to, label: `${periodLabel(from)}..${periodLabel(to)}` };
}

function monthRange(key: number): PeriodRange {
  return { from: key, to: key, label: periodLabel(key) };
}

/** Month key of an integer written yyyymm (202501), -1 when it is not one. */
function yyyymm(n: number): number {
  if (!Number.isInteger(n) || n < 190001 || n > 999912) return -1;
  const m = n % 100;
  return m >= 1 && m <= 12 ? n : -1;
}

/**
 * A period argument as users type it in =CAOP(table, period), as an inclusive month range:
 * a month ("2025-01", "01/2025", "janv. 2025", 202501, a date serial or JS Date → its month),
 * a calendar quarter ("2025-Q1", "T1 2025", "Q1 2025"), a year ("2025" or 2025: the calendar
 * year, or the fiscal year starting that year when startMonth ≠ 1). ""/null/undefined → null
 * (all periods). A full date text is accepted when its month does not depend on the day/month
 * order. Throws PeriodError on anything else.
 * @example parsePeriod("2025-Q1") //=> { from: 202501, to: 202503, label: "2025-Q1" }
 */
export function parsePeriod(value: CellValue, startMonth = 1, date1904 = false): PeriodRange | null {
  if (value === null || value === undefined || (typeof value === "string" && isBlank(value))) return null;
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1900 && value <= 9999) return yearRange(value, startMonth);
    const k = yyyymm(value);
    if (k > 0) return monthRange(k);
    const m = readMonth(value, "dmy", date1904);
    if (m < 0) throw new PeriodError(String(value));
    return monthRange(m);
  }
  if (value instanceof Date) {
    const m = readMonth(value, "dmy", date1904);
    if (m < 0) throw new PeriodError(String(value));
    return monthRange(m);
  }
  if (typeof value !== "string") throw new PeriodError(isCellError(value) ? value.error : String(value));

  const t = value.trim();
  if (/^\d{4}$/.test(t)) {
    const y = Number(t);
    if (y >= 1900) return yearRange(y, startMonth);
    throw new PeriodError(t);
  }
  if (/^\d{6}$/.test(t) && yyyymm(Number(t)) > 0) return monthRange(Number(t));
  const q = readQuarter(t);
  if (q) {
    const from = monthKey(q[0], (q[1] - 1) * 3 + 1);
    return { from, to: addMonths(from, 2), label: `${q[0]}-Q${q[1]}` };
  }
  const dmy = readMonth(t, "dmy", date1904);
  const mdy = readMonth(t, "mdy", date1904);
  if (dmy >= 0 && mdy >= 0 && dmy !== mdy) throw new PeriodError(t, "ambiguous");
  const m = dmy >= 0 ? dmy : mdy;
  if (m < 0) throw new PeriodError(t);
  return monthRange(m);
}
