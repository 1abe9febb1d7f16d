/**
 * A report's period in its title rows (QuickBooks' "January 1-12, 2025", "January - March, 2025",
 * "Du 1er janvier au 31 mars 2025"): months named in words, so unambiguous. When a date column's
 * dates cannot tell day from month (every part 12 or less), the order under which they all fall
 * inside that period, and not under the other, is proven by the report itself (SPEC 2.2).
 */
import { daysInMonth, readDate, type DateOrder } from "../../dates";
import { normalizeText } from "../../text";
import type { RawTable } from "../../types";

/** Month names (normalised, EN and FR, full and short) → month number. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ["january jan janvier janv", 1],
    ["february feb fevrier fevr fev", 2],
    ["march mar mars", 3],
    ["april apr avril avr", 4],
    ["may mai", 5],
    ["june jun juin", 6],
    ["july jul juillet juil", 7],
    ["august aug aout", 8],
    ["september sep sept septembre", 9],
    ["october oct octobre", 10],
    ["november nov novembre", 11],
    ["december dec decembre", 12],
  ].flatMap(([names, m]) =>
    String(names)
      .split(" ")
      .map((n): [string, number] => [n, Number(m)]),
  ),
);

/** A period as comparable day keys (yyyymmdd), first and last day included. */
export interface TitlePeriod {
  from: number;
  to: number;
  /** The title row that gives it, as written. */
  title: string;
}

/** One month named in a title, with its day(s) when written and its year once known. */
interface Mention {
  m: number;
  days: number[];
  y?: number;
  /** Its days were written before it (French "1er janvier"): the numbers after it are not its days. */
  before: boolean;
}

/** The words of a normalised title: month names, days ("1", "12", "1er"), years ("2025"). */
function mentions(words: readonly string[]): Mention[] | null {
  const out: Mention[] = [];
  let pending: number[] = [];
  for (const w of words) {
    const month = MONTHS.get(w);
    if (month !== undefined) {
      // A French day is written before its month ("1er janvier"), an English one after ("January 1").
      out.push({ m: month, days: pending, before: pending.length > 0 });
      pending = [];
      continue;
    }
    const n = /^(\d{1,4})(?:er)?$/.exec(w);
    if (n === null) continue;
    const v = Number(n[1]);
    const last = out[out.length - 1];
    if (v >= 1900 && v <= 2099) {
      for (const x of out) x.y ??= v;
      pending = [];
    } else if (v >= 1 && v <= 31) {
      const after = last !== undefined && !last.before && last.y === undefined && last.days.length < 2;
      if (after && pending.length === 0) last.days.push(v);
      else pending.push(v);
    } else return null;
  }
  return out.length > 0 && out.every((x) => x.y !== undefined) ? out : null;
}

/** The period a title row names with months in words; null when it names none, or a year is missing. */
export function periodOf(title: string): TitlePeriod | null {
  const words = normalizeText(title).split(" ");
  const found = mentions(words);
  if (found === null) return null;
  const key = (y: number, m: number, d: number): number => y * 10_000 + m * 100 + d;
  let from = Infinity;
  let to = -Infinity;
  for (const { m, days, y } of found) {
    const year = y as number;
    const last = daysInMonth(year, m);
    if (days.some((d) => d > last)) return null;
    from = Math.min(from, key(year, m, days.length > 0 ? Math.min(...days) : 1));
    to = Math.max(to, key(year, m, days.length > 0 ? Math.max(...days) : last));
  }
  return { from, to, title };
}

/** The first title row of the table that names a period, or null. */
export function titlePeriod(table: RawTable): TitlePeriod | null {
  for (const t of table.titles ?? []) {
    const p = periodOf(t);
    if (p !== null) return p;
  }
  return null;
}

/**
 * The day/month order under which every date text of `values` falls inside the title's period, when
 * the other order puts one outside it; null when the title names no period or both orders (or
 * neither) fit.
 */
export function titleDateOrder(
  table: RawTable,
  values: readonly string[],
): { order: DateOrder; period: TitlePeriod } | null {
  const period = titlePeriod(table);
  if (period === null || values.length === 0) return null;
  // Texts no order reads as a date (a heading in the date column) tell nothing.
  const dates = values.filter(
    (v) => readDate(v, "dmy", false) !== null || readDate(v, "mdy", false) !== null,
  );
  if (dates.length === 0) return null;
  const fits = (order: DateOrder): boolean =>
    dates.every((v) => {
      const d = readDate(v, order, false);
      const k = d === null ? NaN : d.y * 10_000 + d.m * 100 + d.d;
      return k >= period.from && k <= period.to;
    });
  const dmy = fits("dmy");
  const mdy = fits("mdy");
  if (dmy === mdy) return null;
  return { order: dmy ? "dmy" : "mdy", period };
}
