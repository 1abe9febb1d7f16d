/**
 * Dates of sales lines: Excel serials (1900 and 1904 systems), JS dates and the texts exports
 * carry, reduced to the engine's month key (yyyymm). `readMonth` is on the hot path (one call per
 * row): it reads text with char-code loops into module-level scratch fields and allocates nothing.
 */
import type { CellValue } from "./types";

export type DateOrder = "dmy" | "mdy";
/** yyyymm as an integer (202501), the engine's month key; -1 when not a date. */
export type MonthKey = number;

/** Names of one month: display labels (Excel's French "mmm" and English "mmm") and accepted spellings. */
export interface MonthNames {
  month: number;
  fr: string;
  en: string;
  frLong: string;
  enLong: string;
  /** Accepted spellings, lower-case without accents or final dot (text is folded the same way). */
  aliases: readonly string[];
}

/** FR + EN month names and their usual abbreviations (shared with periods.ts). */
export const MONTH_NAMES: readonly MonthNames[] = [
  {
    month: 1,
    fr: "janv.",
    en: "Jan",
    frLong: "janvier",
    enLong: "January",
    aliases: ["janvier", "janv", "jan", "january"],
  },
  {
    month: 2,
    fr: "févr.",
    en: "Feb",
    frLong: "février",
    enLong: "February",
    aliases: ["fevrier", "fevr", "fev", "feb", "february"],
  },
  { month: 3, fr: "mars", en: "Mar", frLong: "mars", enLong: "March", aliases: ["mars", "mar", "march"] },
  {
    month: 4,
    fr: "avr.",
    en: "Apr",
    frLong: "avril",
    enLong: "April",
    aliases: ["avril", "avr", "apr", "april"],
  },
  { month: 5, fr: "mai", en: "May", frLong: "mai", enLong: "May", aliases: ["mai", "may"] },
  { month: 6, fr: "juin", en: "Jun", frLong: "juin", enLong: "June", aliases: ["juin", "jun", "june"] },
  {
    month: 7,
    fr: "juil.",
    en: "Jul",
    frLong: "juillet",
    enLong: "July",
    aliases: ["juillet", "juil", "juill", "jul", "july"],
  },
  {
    month: 8,
    fr: "août",
    en: "Aug",
    frLong: "août",
    enLong: "August",
    aliases: ["aout", "aou", "aug", "august"],
  },
  {
    month: 9,
    fr: "sept.",
    en: "Sep",
    frLong: "septembre",
    enLong: "September",
    aliases: ["septembre", "sept", "sep", "september"],
  },
  {
    month: 10,
    fr: "oct.",
    en: "Oct",
    frLong: "octobre",
    enLong: "October",
    aliases: ["octobre", "oct", "october"],
  },
  {
    month: 11,
    fr: "nov.",
    en: "Nov",
    frLong: "novembre",
    enLong: "November",
    aliases: ["novembre", "nov", "november"],
  },
  {
    month: 12,
    fr: "déc.",
    en: "Dec",
    frLong: "décembre",
    enLong: "December",
    aliases: ["decembre", "dec", "december"],
  },
];

/** Flat alias list for the matcher: [alias, month]. */
const ALIASES: readonly (readonly [string, number])[] = MONTH_NAMES.flatMap((m) =>
  m.aliases.map((a) => [a, m.month] as const),
);

/** The month each month word names, as normalizeText writes it ("janv" → 1, "february" → 2). */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(ALIASES);

/** Largest serial Excel accepts in each system: 9999-12-31. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
/** Days from 1970-01-01 back to serial 0 (1900 system, for serials ≥ 61) and to 1904-01-01. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;
/** Two-digit years below this are 20yy, the others 19yy, as Excel reads them ("01/02/29" → 2029, "01/02/30" → 1930). */
const PIVOT_YY = 30;
/** Text years before this are placeholders ("0001-01-01", "00000000"), not dates. */
const MIN_TEXT_YEAR = 1900;

// Scratch results (no allocation on the hot path).
let sy = 0;
let sm = 0;
let sd = 0;

/** Days since 1970-01-01 → sy/sm/sd, proleptic Gregorian (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): void {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  sd = doy - Math.floor((153 * mp + 2) / 5) + 1;
  sm = mp < 10 ? mp + 3 : mp - 9;
  sy = yoe + era * 400 + (sm <= 2 ? 1 : 0);
}

/** {y,m,d} → days since 1970-01-01 (days_from_civil); out-of-range d or m roll over arithmetically. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Serial → sy/sm/sd; the 1900 system keeps Excel's fictitious 1900-02-29 (serial 60). */
function serialToScratch(serial: number, date1904: boolean): void {
  const s = Math.floor(serial);
  if (date1904) return civilFromDays(s - EPOCH_1904);
  if (s === 60) {
    sy = 1900;
    sm = 2;
    sd = 29;
    return;
  }
  civilFromDays(s < 60 ? s - EPOCH_1900 + 1 : s - EPOCH_1900);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= MIN_TEXT_YEAR && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Excel serial to {y,m,d}. 1900 system: 1 = 1900-01-01, 59 = 1900-02-28, 60 = the fictitious
 * 1900-02-29 Excel shows, 61 = 1900-03-01. 1904 system: 0 = 1904-01-01. Fractions (times) ignored.
 * @example serialToYmd(45658, false) //=> { y: 2025, m: 1, d: 1 }
 */
export function serialToYmd(serial: number, date1904: boolean): { y: number; m: number; d: number } {
  serialToScratch(serial, date1904);
  return { y: sy, m: sm, d: sd };
}

/**
 * Inverse of serialToYmd: {y,m,d} to the Excel serial in the given system (1900-02-29 → 60 in the
 * 1900 system). Out-of-range days roll over (2025-01-32 = 2025-02-01).
 * @example ymdToSerial(2025, 1, 1, false) //=> 45658
 */
export function ymdToSerial(y: number, m: number, d: number, date1904: boolean): number {
  const days = daysFromCivil(y, m, d);
  if (date1904) return days + EPOCH_1904;
  if (y === 1900 && m === 2 && d === 29) return 60;
  const s = days + EPOCH_1900;
  return s <= 60 ? s - 1 : s;
}

// ---------------------------------------------------------------------------------------------
// Text dates. scanText reads one text and leaves its parts in the scratch fields below.

/** Not a date. */
const T_NONE = 0;
/** Full date with an unambiguous order (year first, or month by name): ty/tm/td. */
const T_YMD = 1;
/** Day and month by number, order unknown: ta/tb/ty ("01/02/2025"). */
const T_DM = 2;
/** Month label: ty/tm ("janv. 2025", "01/2025", "2025-01"). */
const T_MONTH = 3;
/** Only digits (not 8 of them): an Excel serial in tserial. */
const T_SERIAL = 4;

let ty = 0;
let tm = 0;
let td = 0;
let ta = 0;
let tb = 0;
let tserial = 0;
/** Cursor and the value/length of the last digit run read by digitsAt. */
let cur = 0;
let runValue = 0;
let runLen = 0;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 9 || c === 0x2009 || c === 0xfeff;
}

/** Letters of month names: ASCII, Latin-1 accented letters, combining accents (NFD text). */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

/** Lower-case ASCII letter for a name char (accents dropped), -1 for a combining mark to skip. */
function foldChar(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c < 0xc0) return c;
  if (c >= 0x300 && c <= 0x36f) return -1;
  const l = c >= 0xe0 ? c - 0x20 : c; // upper-case Latin-1 range
  if (l <= 0xc5) return 0x61; // a
  if (l === 0xc7) return 0x63; // c
  if (l >= 0xc8 && l <= 0xcb) return 0x65; // e
  if (l >= 0xcc && l <= 0xcf) return 0x69; // i
  if (l >= 0xd2 && l <= 0xd6) return 0x6f; // o
  if (l >= 0xd9 && l <= 0xdc) return 0x75; // u
  return c;
}

/** Month (1–12) named by s[from, to), accent- and case-insensitive; 0 when none. */
function matchMonthName(s: string, from: number, to: number): number {
  for (let a = 0; a < ALIASES.length; a++) {
    const alias = ALIASES[a][0];
    let k = 0;
    let i = from;
    for (; i < to; i++) {
      const f = foldChar(s.charCodeAt(i));
      if (f < 0) continue;
      if (k >= alias.length || f !== alias.charCodeAt(k)) break;
      k++;
    }
    if (i === to && k === alias.length) return ALIASES[a][1];
  }
  return 0;
}

/** Reads a digit run at cur (at most 9 digits) into runValue/runLen, advances cur; returns runLen. */
function digitsAt(s: string, end: number): number {
  let v = 0;
  let n = 0;
  while (cur < end && n <= 8) {
    const c = s.charCodeAt(cur);
    if (!isDigit(c)) break;
    v = v * 10 + (c - 0x30);
    n++;
    cur++;
  }
  runValue = v;
  runLen = n;
  return n;
}

/** True when the last readMonth/readDate read a two-digit year (see `lastYearTwoDigit`). */
let twoDigit = false;

/** Year of a 2- or 4-digit run (yy < 30 → 20yy, else 19yy, as Excel); -1 for other lengths. */
function yearOf(value: number, len: number): number {
  if (len === 4) return value;
  if (len === 2) {
    twoDigit = true;
    return value < PIVOT_YY ? 2000 + value : 1900 + value;
  }
  return -1;
}

/** Whether the last `readMonth` / `readDate` read a two-digit year (the engine diagnoses them per column). */
export function lastYearTwoDigit(): boolean {
  return twoDigit;
}

/**
 * A time after a date, from cur to end: spaces or "T", then h:mm[:ss[.fff]], optional AM/PM,
 * optional zone name (UTC, GMT, PST…), optional Z or ±h[h][[:]mm]. The time does not change the date (no time-zone shift).
 */
function timeRestOk(s: string, end: number): boolean {
  if (cur === end) return true;
  let i = cur;
  const c0 = s.charCodeAt(i);
  if (c0 === 0x54 || c0 === 0x74) i++;
  else if (isSpace(c0)) while (i < end && isSpace(s.charCodeAt(i))) i++;
  else return false;
  cur = i;
  const hours = digitsAt(s, end);
  if (hours < 1 || hours > 2 || cur >= end || s.charCodeAt(cur) !== 0x3a) return false;
  cur++;
  if (digitsAt(s, end) !== 2) return false;
  if (cur < end && s.charCodeAt(cur) === 0x3a) {
    cur++;
    if (digitsAt(s, end) !== 2) return false;
    if (cur < end && (s.charCodeAt(cur) === 0x2e || s.charCodeAt(cur) === 0x2c)) {
      cur++;
      if (digitsAt(s, end) < 1) return false;
    }
  }
  i = cur;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  if (i + 1 < end) {
    const a = s.charCodeAt(i) | 0x20;
    if ((a === 0x61 || a === 0x70) && (s.charCodeAt(i + 1) | 0x20) === 0x6d) i += 2; // am / pm
  }
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  i = afterZoneName(s, i, end);
  if (i < end && (s.charCodeAt(i) === 0x5a || s.charCodeAt(i) === 0x7a)) i++;
  else if (i < end && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d)) {
    // time-zone offset: +h, +hh, +hhmm, +hh:mm
    cur = i + 1;
    const zone = digitsAt(s, end);
    if (zone === 2 && cur < end && s.charCodeAt(cur) === 0x3a) {
      cur++;
      if (digitsAt(s, end) !== 2) return false;
    } else if (zone !== 4 && zone !== 2 && zone !== 1) return false;
    i = cur;
  }
  return i === end;
}

/** Time-zone names a time may end with (Amazon.fr's "10:12:01 UTC", PayPal's "PST", "GMT+1"). */
const ZONE_NAMES: ReadonlySet<string> = new Set([
  "utc",
  "gmt",
  "cet",
  "cest",
  "bst",
  "pst",
  "pdt",
  "est",
  "edt",
  "cst",
  "cdt",
  "mst",
  "mdt",
]);

/** Where a time-zone name at i ends (its offset, if any, read next), or i when there is none. */
function afterZoneName(s: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 4 && (s.charCodeAt(j) | 0x20) >= 0x61 && (s.charCodeAt(j) | 0x20) <= 0x7a) j++;
  if (
    j === i ||
    (j < end && !isSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x2b && s.charCodeAt(j) !== 0x2d)
  )
    return i;
  return ZONE_NAMES.has(s.slice(i, j).toLowerCase()) ? j : i;
}

/** Separators allowed between a month name and its neighbours: space, "-", "/", ".", ",". */
function isNameSep(c: number): boolean {
  return isSpace(c) || c === 0x2d || c === 0x2f || c === 0x2e || c === 0x2c;
}

/** Reads a month name at cur (with its optional dot) then separators; tm = month or 0. */
function monthNameAt(s: string, end: number): void {
  const from = cur;
  while (cur < end && isNameChar(s.charCodeAt(cur))) cur++;
  tm = cur > from ? matchMonthName(s, from, cur) : 0;
  while (cur < end && isNameSep(s.charCodeAt(cur))) cur++;
}

/** Classifies a trimmed text s[start, end) into one of the T_ kinds, parts in the scratch fields. */
function scanText(s: string): number {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return T_NONE;
  cur = start;
  const c0 = s.charCodeAt(start);

  if (!isDigit(c0)) {
    // "janv. 2025", "January 2025", "Jan-25".
    monthNameAt(s, end);
    if (tm === 0) return T_NONE;
    digitsAt(s, end);
    if (cur < end && runLen <= 2) return nameDayYear(s, end, runValue);
    ty = yearOf(runValue, runLen);
    return cur === end && ty >= 0 ? T_MONTH : T_NONE;
  }

  digitsAt(s, end);
  const v1 = runValue;
  const n1 = runLen;
  if (cur === end) return compactDate(v1, n1);
  if (n1 === 5) return serialWithTime(s, end, v1);
  if (n1 > 4) return T_NONE;
  const sep = s.charCodeAt(cur);
  // OneStream's period "2025M1", "2025M01": a month label.
  if (n1 === 4 && (sep | 0x20) === 0x6d) return periodAfter(s, end, v1);
  if (sep !== 0x2f && sep !== 0x2d && sep !== 0x2e) {
    // "31 janv. 2025"
    if (!isSpace(sep) || n1 > 2) return T_NONE;
    while (cur < end && isSpace(s.charCodeAt(cur))) cur++;
    return dayNameYear(s, end, v1);
  }
  cur++;
  if (cur < end && !isDigit(s.charCodeAt(cur))) {
    // "31-Jan-2025", "31.janv..2025"
    if (n1 > 2) return T_NONE;
    return dayNameYear(s, end, v1);
  }
  digitsAt(s, end);
  const v2 = runValue;
  const n2 = runLen;
  if (n2 === 0 || n2 > 4) return T_NONE;
  if (cur === end) {
    // "2025-01", "01/2025", "1/2025"
    if (n1 === 4 && n2 <= 2) {
      ty = v1;
      tm = v2;
      return T_MONTH;
    }
    if (n2 === 4 && n1 <= 2) {
      ty = v2;
      tm = v1;
      return T_MONTH;
    }
    // SAP's posting period and fiscal year, "001.2025" (Période/exercice) or "2025.001": a month label.
    if (sep === 0x2e && n1 === 3 && n2 === 4 && v1 <= 12) return sapPeriod(v2, v1);
    if (sep === 0x2e && n1 === 4 && n2 === 3 && v2 <= 12) return sapPeriod(v1, v2);
    return T_NONE;
  }
  if (s.charCodeAt(cur) !== sep || n2 > 2) return T_NONE;
  cur++;
  digitsAt(s, end);
  const v3 = runValue;
  const n3 = runLen;
  if (!timeRestOk(s, end)) return T_NONE;
  if (n1 === 4) {
    if (n3 === 0 || n3 > 2) return T_NONE;
    ty = v1;
    tm = v2;
    td = v3;
    return T_YMD;
  }
  if (n1 > 2) return T_NONE;
  ty = yearOf(v3, n3);
  if (ty < 0) return T_NONE;
  ta = v1;
  tb = v2;
  return T_DM;
}

/**
 * A date written in digits only: yyyymmdd (FEC); else, when that is no date of 1900–2099, ddmmyyyy
 * or mmddyyyy ("15012025"); ddmmyy or mmddyy in six digits (Quadratus "150125": as a serial it would
 * be after the year 2173); fewer digits are an Excel serial.
 */
function compactDate(v: number, digits: number): number {
  if (digits === 8) {
    ty = Math.floor(v / 10000);
    tm = Math.floor(v / 100) % 100;
    td = v % 100;
    if ((ty >= 1900 && ty < 2100 && validYmd(ty, tm, td)) || v % 10000 < 1900 || v % 10000 >= 2100)
      return T_YMD;
    ta = Math.floor(v / 1000000);
    tb = Math.floor(v / 10000) % 100;
    ty = v % 10000;
    return T_DM;
  }
  if (digits === 6) {
    ta = Math.floor(v / 10000);
    tb = Math.floor(v / 100) % 100;
    // No day-month pair in either order ("202501": month 25 or 20): a yyyymm period of an ERP export.
    if (ta > 12 && tb > 12) return yearMonth(v);
    ty = yearOf(v % 100, 2);
    return T_DM;
  }
  if (digits > 8) return T_NONE;
  tserial = v;
  return T_SERIAL;
}

/** A three-digit period 001–012 of a year (SAP's "001.2025"): the month of that number; 000 is no month. */
function sapPeriod(year: number, period: number): number {
  ty = year;
  tm = period;
  return period >= 1 ? T_MONTH : T_NONE;
}

/** The rest of "2025M1" / "2025M01" after the year (cur at the "M"): a month label when 1–12 ends the text. */
function periodAfter(s: string, end: number, year: number): number {
  cur++;
  const n = digitsAt(s, end);
  if (n < 1 || n > 2 || cur !== end || runValue < 1 || runValue > 12) return T_NONE;
  ty = year;
  tm = runValue;
  return T_MONTH;
}

/** A yyyymm period (202501) of 1900–2099 as a month label, else no date. */
function yearMonth(v: number): number {
  ty = Math.floor(v / 100);
  tm = v % 100;
  return ty >= 1900 && ty < 2100 && tm >= 1 && tm <= 12 ? T_MONTH : T_NONE;
}

/** The rest of "Jan 5, 2025" (US order, the month named) after the day (cur just after it). */
function nameDayYear(s: string, end: number, day: number): number {
  const from = cur;
  while (cur < end && isNameSep(s.charCodeAt(cur))) cur++;
  if (cur === from) return T_NONE;
  digitsAt(s, end);
  ty = yearOf(runValue, runLen);
  if (ty < 0 || !timeRestOk(s, end)) return T_NONE;
  td = day;
  return T_YMD;
}

/** An Excel serial with its time written as text ("45657.979": 31/12/2024 23:29), cur at its mark. */
function serialWithTime(s: string, end: number, serial: number): number {
  const mark = s.charCodeAt(cur);
  if (mark !== 0x2e && mark !== 0x2c) return T_NONE;
  cur++;
  if (digitsAt(s, end) === 0 || cur !== end) return T_NONE;
  tserial = serial;
  return T_SERIAL;
}

/** The rest of "31 janv. 2025" after the day (cur at the month name). */
function dayNameYear(s: string, end: number, day: number): number {
  monthNameAt(s, end);
  if (tm === 0) return T_NONE;
  digitsAt(s, end);
  ty = yearOf(runValue, runLen);
  if (ty < 0 || !timeRestOk(s, end)) return T_NONE;
  td = day;
  return T_YMD;
}

/**
 * Scans a text and resolves it to sy/sm/sd for the given order; false when not a valid date.
 * Month labels give day 1; digit-only texts are serials.
 */
function textToScratch(s: string, order: DateOrder, date1904: boolean): boolean {
  const kind = scanText(s);
  switch (kind) {
    case T_YMD:
      sy = ty;
      sm = tm;
      sd = td;
      break;
    case T_DM:
      sy = ty;
      sm = order === "dmy" ? tb : ta;
      sd = order === "dmy" ? ta : tb;
      break;
    case T_MONTH:
      sy = ty;
      sm = tm;
      sd = 1;
      break;
    case T_SERIAL:
      if (!serialOk(tserial, date1904)) return false;
      serialToScratch(tserial, date1904);
      return true;
    default:
      return false;
  }
  return validYmd(sy, sm, sd);
}

function serialOk(x: number, date1904: boolean): boolean {
  return x >= 1 && x <= (date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900);
}

/**
 * A FEC date saved as a number by Excel (20250131): past the last serial, so yyyymmdd only (a
 * ddmmyyyy number has no leading zero to tell it apart: not read).
 */
function numberYmd(v: number): boolean {
  if (!Number.isInteger(v) || v < 1e7 || compactDate(v, 8) !== T_YMD) return false;
  sy = ty;
  sm = tm;
  sd = td;
  return validYmd(sy, sm, sd);
}

/** Numbers read as yyyymm periods: 198001 to 209912 (serials of the years 2442–2475, no sales date). */
export const YYYYMM_MIN = 198001;
export const YYYYMM_END = 210000;

/** Resolves any cell to sy/sm/sd; false when it is not a date. */
function cellToScratch(value: CellValue, order: DateOrder, date1904: boolean): boolean {
  if (typeof value === "number") {
    if (value > MAX_SERIAL_1900 && value < 1e8) return numberYmd(value);
    // A yyyymm period saved as a number (202501): as a serial it would be after the year 2400.
    if (
      value >= YYYYMM_MIN &&
      value < YYYYMM_END &&
      Number.isInteger(value) &&
      yearMonth(value) === T_MONTH
    ) {
      sy = ty;
      sm = tm;
      sd = 1;
      return true;
    }
    if (!(value === value) || !serialOk(value, date1904)) return false;
    serialToScratch(value, date1904);
    return true;
  }
  if (typeof value === "string") return textToScratch(value, order, date1904);
  if (value instanceof Date) {
    const t = value.getTime();
    if (t !== t) return false;
    sy = value.getUTCFullYear();
    sm = value.getUTCMonth() + 1;
    sd = value.getUTCDate();
    return sy >= 1 && sy <= 9999;
  }
  return false;
}

/**
 * Month key (yyyymm) of one cell, -1 when not a date. Hot path: no allocation.
 * Numbers are serials (1 … 2958465, i.e. up to 9999-12-31; serial 60 of the 1900 system is the
 * fictitious 1900-02-29 → 190002), or past them a FEC yyyymmdd saved as a number by Excel
 * (20250131). JS dates use their UTC fields. Texts: dd/mm/yyyy, dd/mm/yy
 * (yy < 30 → 20yy, else 19yy, as Excel), "-" or "." instead of "/", yyyy-mm-dd, yyyy/mm/dd, yyyymmdd (FEC),
 * any of these followed by a time ("01/12/2010 08:26", "2025-01-31T10:00:00Z"; the time never
 * shifts the day), "31 janv. 2025", month labels ("janv. 2025", "January 2025", "Jan-25",
 * "01/2025", "2025-01", and yyyymm periods "202501", as text or number, when no ddmmyy date reads
 * there; SAP's periods "001.2025" and "2025.001", OneStream's "2025M1"), and digit-only texts as serials. Days are checked against the month
 * (31/02 → -1); text years before 1900 are placeholders, not dates.
 * @example readMonth("31/01/2025", "dmy", false) //=> 202501
 */
export function readMonth(value: CellValue, order: DateOrder, date1904: boolean): MonthKey {
  twoDigit = false;
  return cellToScratch(value, order, date1904) ? sy * 100 + sm : -1;
}

/**
 * Full date of one cell as {y,m,d} (month labels give d = 1), null when not a date. Same forms as
 * readMonth; serial 60 of the 1900 system gives the fictitious { y: 1900, m: 2, d: 29 }.
 * @example readDate("2025-01-31", "dmy", false) //=> { y: 2025, m: 1, d: 31 }
 */
export function readDate(
  value: CellValue,
  order: DateOrder,
  date1904: boolean,
): { y: number; m: number; d: number } | null {
  twoDigit = false;
  return cellToScratch(value, order, date1904) ? { y: sy, m: sm, d: sd } : null;
}

/** What one date text proves about the day/month order (orderProvedBy). */
const PROVES_NOTHING = 0;
const PROVES_DMY = 1;
const PROVES_MDY = 2;
/** Distinct date texts remembered by one detectDateOrder call. */
const KNOWN_DATES = 4096;

/** The order a date text alone proves: dd/mm when its first part cannot be a month, mm/dd when its second cannot. */
function orderProvedBy(v: string): number {
  if (scanText(v) !== T_DM) return PROVES_NOTHING;
  if (ta > 12 && validYmd(ty, tb, ta)) return PROVES_DMY;
  if (tb > 12 && validYmd(ty, ta, tb)) return PROVES_MDY;
  return PROVES_NOTHING;
}

/**
 * Decides the day/month order of a column's text dates (SPEC 2.2): a first part > 12 proves dmy,
 * a second part > 12 proves mdy (each only when the date is valid in that order). Both proven →
 * conflict = [first dmy example, first mdy example] (indexes into values), order = the order with
 * more proofs (locale on a tie). None → the locale default (fr → dmy, en → mdy), decidedBy "locale".
 * @example detectDateOrder(["13/01/2025", "02/01/2025"], "en") //=> { order: "dmy", decidedBy: "data" }
 */
export function detectDateOrder(
  values: readonly CellValue[],
  locale: "fr" | "en",
): { order: DateOrder; decidedBy: "data" | "locale"; conflict?: [number, number] } {
  const fallback: DateOrder = locale === "fr" ? "dmy" : "mdy";
  let dmyFirst = -1;
  let mdyFirst = -1;
  let dmyCount = 0;
  let mdyCount = 0;
  // A column repeats its dates (a year holds 366): each distinct text is read once.
  const known = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "string") continue;
    let proves = known.get(v);
    if (proves === undefined) {
      proves = orderProvedBy(v);
      if (known.size < KNOWN_DATES) known.set(v, proves);
    }
    if (proves === PROVES_DMY) {
      if (dmyFirst < 0) dmyFirst = i;
      dmyCount++;
    } else if (proves === PROVES_MDY) {
      if (mdyFirst < 0) mdyFirst = i;
      mdyCount++;
    }
  }
  if (dmyFirst >= 0 && mdyFirst >= 0) {
    const order = dmyCount > mdyCount ? "dmy" : mdyCount > dmyCount ? "mdy" : fallback;
    return { order, decidedBy: "data", conflict: [dmyFirst, mdyFirst] };
  }
  if (dmyFirst >= 0) return { order: "dmy", decidedBy: "data" };
  if (mdyFirst >= 0) return { order: "mdy", decidedBy: "data" };
  return { order: fallback, decidedBy: "locale" };
}
