/**
 * CA OP of slices of an engine result: per value of any field, per month, for a period.
 * Works on the engine's per-line columns; never re-reads amounts or re-classifies.
 */
import Decimal from "decimal.js";
import type { EngineResult } from "./engine";
import { BLANK_KEY, buildGroupIds, type GroupIds } from "./group-ids";
import { centsToDecimal } from "./money";
import { SCOPES, type FieldId } from "./types";

const SCOPE_OP = SCOPES.indexOf("op");
const SCOPE_REVIEW = SCOPES.indexOf("to_review");

/** Inclusive month range (yyyymm keys); null means all months. */
export type MonthRange = { from: number; to: number } | null;

/** CA OP of one value of a field, in total and per month. */
export interface GroupRow {
  key: string;
  caop: Decimal;
  byMonth: Map<number, Decimal>;
}

export { BLANK_KEY };

/** The column index of a field in the result's mapping, or of a header text; undefined when absent. */
export function fieldColumn(result: EngineResult, field: FieldId | string | number): number | undefined {
  if (typeof field === "number") return field >= 0 && field < result.table.headers.length ? field : undefined;
  const mapped = (result.mapping as Record<string, number | undefined>)[field];
  if (mapped !== undefined) return mapped;
  const norm = (s: string): string => s.trim().toLowerCase();
  const i = result.table.headers.findIndex((h) => norm(h) === norm(field));
  return i >= 0 ? i : undefined;
}

/**
 * Each line's group in a column: read by the engine when it was told the column, else built on first
 * use and kept with the result's lines (functions group one memoised result by many periods).
 */
export function groupIdsOf(result: EngineResult, column: number): GroupIds {
  const groups = (result.lines.groups ??= new Map());
  let ids = groups.get(column);
  if (!ids) groups.set(column, (ids = buildGroupIds(result.table, column, result.lines.count)));
  return ids;
}

/** The slot of each month key (ascending yyyymm keys with lines), in an array indexed from the first key. */
function monthSlots(keys: readonly number[]): { slots: Int32Array; first: number } {
  const first = keys.length > 0 ? keys[0] : 0;
  // At most 999,912 entries (years 1 to 9999); a few hundred for real ledgers.
  const slots = new Int32Array(keys.length > 0 ? keys[keys.length - 1] - first + 1 : 0);
  keys.forEach((k, i) => (slots[k - first] = i));
  return { slots, first };
}

/** Sums CA OP per value of a column and per month (counted lines only), sorted by CA OP desc then name. */
export function groupBy(result: EngineResult, column: number, range: MonthRange = null): GroupRow[] {
  const { lines } = result;
  const { ids, names } = groupIdsOf(result, column);
  const months = result.months.map((m) => m.key);
  const { slots: slotOf, first } = monthSlots(months);
  const width = Math.max(1, months.length);
  // Rows of sums for the groups with a counted line in the range only (a value seen only on other
  // lines is not listed, and a column unique per line does not get a row per line).
  const rowOf = new Int32Array(names.length).fill(-1);
  const listed: number[] = [];
  let sums: Float64Array = new Float64Array(16 * width);
  const exact = new Map<number, Decimal>();
  const { scope, period, cents } = lines;
  const strict = result.strict;
  const from = range ? range.from : -Infinity;
  const to = range ? range.to : Infinity;
  for (let i = 0; i < lines.count; i++) {
    // lineCounts, inlined: OP lines, and lines to review unless strict.
    const s = scope[i];
    if (s !== SCOPE_OP && (s !== SCOPE_REVIEW || strict)) continue;
    const p = period[i];
    if (p < from || p > to) continue;
    let r = rowOf[ids[i]];
    if (r < 0) {
      r = rowOf[ids[i]] = listed.length;
      listed.push(ids[i]);
      if (listed.length * width > sums.length) sums = grown(sums);
    }
    const cell = r * width + slotOf[p - first];
    const c = cents[i];
    if (c !== c) {
      const e = lines.exact.get(i) as Decimal;
      exact.set(cell, (exact.get(cell) ?? new Decimal(0)).plus(e));
    } else sums[cell] += c;
  }
  const out = listed.map((g, r): GroupRow => {
    const byMonth = new Map<number, Decimal>();
    let caop = new Decimal(0);
    for (let s = 0; s < months.length; s++) {
      const cell = r * width + s;
      const e = exact.get(cell);
      // Every month of the range gets an entry, zero included, so series have no holes.
      if (range && (months[s] < range.from || months[s] > range.to)) continue;
      const v = e ? centsToDecimal(sums[cell]).plus(e) : centsToDecimal(sums[cell]);
      byMonth.set(months[s], v);
      caop = caop.plus(v);
    }
    return { key: names[g], caop, byMonth };
  });
  return out.sort(compareRows);
}

/** The sums twice as long, the old ones kept. */
function grown(sums: Float64Array): Float64Array {
  const next = new Float64Array(sums.length * 2);
  next.set(sums);
  return next;
}

/** Ranking order: CA OP descending, ties by name ascending (SPEC 3: "A, B, D"). */
export function compareRows(a: { key: string; caop: Decimal }, b: { key: string; caop: Decimal }): number {
  const c = b.caop.comparedTo(a.caop);
  return c !== 0 ? c : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The n best values of a field by CA OP over a range, e.g. ["A", "B", "D"]. */
export function topN(result: EngineResult, column: number, n = 3, range: MonthRange = null): string[] {
  return groupBy(result, column, range)
    .slice(0, Math.max(0, n))
    .map((r) => r.key);
}

/** CA OP per month (months with lines), from the engine's monthly totals. */
export function monthlyCaop(result: EngineResult): Map<number, Decimal> {
  return new Map(result.months.map((m) => [m.key, m.totals.caop]));
}

/** CA OP of a period, optionally restricted to one value of a column (the =CAOP(table, period, field, value) slice). */
export function caopFor(
  result: EngineResult,
  range: MonthRange,
  filter?: { column: number; value: string },
): Decimal {
  if (!filter) {
    let t = new Decimal(0);
    for (const m of result.months)
      if (!range || (m.key >= range.from && m.key <= range.to)) t = t.plus(m.totals.caop);
    return t;
  }
  const want = filter.value.trim().toLowerCase();
  const row = groupBy(result, filter.column, range).find((r) => r.key.toLowerCase() === want);
  return row ? row.caop : new Decimal(0);
}
