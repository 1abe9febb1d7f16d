/**
 * CA OP of slices of an engine result: per value of any field, per month, for a period.
 * Works on the engine's per-line columns; never re-reads amounts or re-classifies.
 */
import Decimal from "decimal.js";
import { cellKey } from "./cells";
import type { EngineResult } from "./engine";
import { centsToDecimal } from "./money";
import { SCOPES, type CellValue, type FieldId } from "./types";

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

/** Label used for lines whose field cell is empty. */
export const BLANK_KEY = "(non renseigné)";

/** The column index of a field in the result's mapping, or of a header text; undefined when absent. */
export function fieldColumn(result: EngineResult, field: FieldId | string | number): number | undefined {
  if (typeof field === "number") return field >= 0 && field < result.table.headers.length ? field : undefined;
  const mapped = (result.mapping as Record<string, number | undefined>)[field];
  if (mapped !== undefined) return mapped;
  const norm = (s: string): string => s.trim().toLowerCase();
  const i = result.table.headers.findIndex((h) => norm(h) === norm(field));
  return i >= 0 ? i : undefined;
}

/** Raw cell values remembered at most per groupBy (a column unique per line would hold one per line). */
const KEY_MEMO_LIMIT = 65_536;

/**
 * The group index of each raw cell value, `cellKey` run once per distinct value (issue 12): a Map on
 * the raw value first, the trimmed key only on a miss. Values that trim to the same key share a group.
 */
class GroupIndex {
  readonly names: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byRaw = new Map<CellValue, number>();

  /** The group of a cell (created on first sight), blank cells under BLANK_KEY. */
  of(v: CellValue): number {
    let g = this.byRaw.get(v);
    if (g !== undefined) return g;
    const key = cellKey(v) || BLANK_KEY;
    g = this.byKey.get(key);
    if (g === undefined) {
      g = this.names.length;
      this.byKey.set(key, g);
      this.names.push(key);
    }
    // Objects (dates, errors) are not remembered by identity: each is its own raw value.
    if ((typeof v !== "object" || v === null) && this.byRaw.size < KEY_MEMO_LIMIT) this.byRaw.set(v, g);
    return g;
  }
}

/** Sums CA OP per value of a column and per month (counted lines only), sorted by CA OP desc then name. */
export function groupBy(result: EngineResult, column: number, range: MonthRange = null): GroupRow[] {
  const { lines, table } = result;
  const months = result.months.map((m) => m.key);
  const slotOf = new Map(months.map((k, i) => [k, i]));
  const width = Math.max(1, months.length);
  const groups = new GroupIndex();
  const names = groups.names;
  let sums = new Float64Array(16 * width);
  const exact = new Map<number, Decimal>();
  let lastPeriod = -2;
  let lastSlot = 0;
  const rows = table.rows;
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
    if (p !== lastPeriod) {
      lastPeriod = p;
      lastSlot = slotOf.get(p) as number;
    }
    const g = groups.of(rows[i]?.[column]);
    if (names.length * width > sums.length) {
      const grown = new Float64Array(sums.length * 2);
      grown.set(sums);
      sums = grown;
    }
    const cell = g * width + lastSlot;
    const c = cents[i];
    if (c !== c) {
      const e = lines.exact.get(i) as Decimal;
      exact.set(cell, (exact.get(cell) ?? new Decimal(0)).plus(e));
    } else sums[cell] += c;
  }
  const out = names.map((key, g) => {
    const byMonth = new Map<number, Decimal>();
    let caop = new Decimal(0);
    for (let s = 0; s < months.length; s++) {
      const cell = g * width + s;
      const e = exact.get(cell);
      // Every month of the range gets an entry, zero included, so series have no holes.
      if (range && (months[s] < range.from || months[s] > range.to)) continue;
      const v = e ? centsToDecimal(sums[cell]).plus(e) : centsToDecimal(sums[cell]);
      byMonth.set(months[s], v);
      caop = caop.plus(v);
    }
    return { key, caop, byMonth };
  });
  return out.sort(compareRows);
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
