/**
 * The issue 12 shortcuts against straightforward references on random tables: groupBy's memo on raw
 * cell values (cellKey of every line), the account-chart example noted by the engine as it reads
 * (a pass over the result's lines), and the one text scan (every text cell of each column).
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import { BLANK_KEY, compareRows, groupBy, groupIdsOf, type MonthRange } from "../../../src/core/aggregate";
import { cellKey, isBlank } from "../../../src/core/cells";
import { compute, lineCounts, type EngineOptions, type EngineResult } from "../../../src/core/engine";
import { accountChartCheck } from "../../../src/core/engine/evidence/account-chart";
import { markOf } from "../../../src/core/engine/evidence/columns";
import { scanTexts } from "../../../src/core/engine/evidence/text-cells";
import { centsToDecimal } from "../../../src/core/money";
import type { CellValue, RawTable } from "../../../src/core/types";

const HEADERS = ["Date", "Compte", "Libellé", "Segment", "Montant"];
const ACCOUNTS: CellValue[] = [
  "706000",
  "709000",
  "411000",
  "4000 Sales",
  "Revenue 4100",
  "4457 TVA sur ventes",
  "7000 Interest Income",
  40000,
  "",
  null,
  { error: "#N/A" },
];
const SEGMENTS: CellValue[] = [
  "A",
  " A",
  "A ",
  "B",
  "",
  "  ",
  null,
  undefined,
  12,
  "12",
  0,
  -0,
  true,
  { error: "#REF!" },
];
const DATES: CellValue[] = [45300, 45400.5, 45658, "15/01/2025", "2025-03-31", "", " ", "\u00a0", null, "x"];
const AMOUNTS: CellValue[] = [12.5, -3, 0.125, "1 234,56", "1,234", "12.50", "1.234,5", "", "abc", null, 7];

const rowArb = fc.tuple(
  fc.constantFrom(...DATES),
  fc.constantFrom(...ACCOUNTS),
  fc.constantFrom("Vente", "Remise", "Sales"),
  fc.constantFrom(...SEGMENTS),
  fc.constantFrom(...AMOUNTS),
);
const table = (rows: CellValue[][]): RawTable => ({ headers: HEADERS, rows, firstRow: 2, source: "t" });

/** Computes, or null when the table is one compute refuses (several currencies, a date order conflict…). */
function tryCompute(t: RawTable, options: EngineOptions = {}): EngineResult | null {
  try {
    return compute(t, options);
  } catch {
    return null;
  }
}

/** groupBy as written before the memo: cellKey of every counted line, Decimal sums. */
function referenceGroupBy(
  r: EngineResult,
  column: number,
  range: MonthRange,
): { key: string; caop: string; byMonth: string[] }[] {
  const months = r.months.map((m) => m.key).filter((m) => !range || (m >= range.from && m <= range.to));
  const sums = new Map<string, Map<number, Decimal>>();
  for (let i = 0; i < r.lines.count; i++) {
    if (!lineCounts(r, i)) continue;
    const p = r.lines.period[i];
    if (range && (p < range.from || p > range.to)) continue;
    const key = cellKey(r.table.rows[i]?.[column]) || BLANK_KEY;
    const byMonth = sums.get(key) ?? new Map(months.map((m) => [m, new Decimal(0)]));
    sums.set(key, byMonth);
    const c = r.lines.cents[i];
    const v = Number.isNaN(c) ? (r.lines.exact.get(i) as Decimal) : centsToDecimal(c);
    byMonth.set(p, (byMonth.get(p) as Decimal).plus(v));
  }
  return [...sums]
    .map(([key, byMonth]) => ({
      key,
      caop: [...byMonth.values()].reduce((a, b) => a.plus(b), new Decimal(0)),
      byMonth,
    }))
    .sort(compareRows)
    .map((g) => ({
      key: g.key,
      caop: g.caop.toString(),
      byMonth: [...g.byMonth].map(([m, v]) => `${m}:${v.toString()}`),
    }));
}

describe("issue 12 shortcuts = straightforward references", () => {
  it("groupBy (memo on raw values, group ids kept per result) = cellKey of every line, every column, with and without a range", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), fc.boolean(), (rows, named) => {
        // Group columns named up front (read in the engine's pass) or not (built by groupBy).
        const groupColumns = named ? HEADERS.map((_, c) => c) : undefined;
        const r = tryCompute(table(rows), { groupColumns });
        if (r === null) return;
        expect(r.lines.groups !== undefined).toBe(named);
        for (let col = 0; col < HEADERS.length; col++) {
          for (const range of [null, { from: 202402, to: 202503 }]) {
            const got = groupBy(r, col, range).map((g) => ({
              key: g.key,
              caop: g.caop.toString(),
              byMonth: [...g.byMonth].map(([m, v]) => `${m}:${v.toString()}`),
            }));
            expect(got).toEqual(referenceGroupBy(r, col, range));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("group ids are read once per result and column; a new compute reads them again", () => {
    const t = table([
      [45300, "706000", "Vente", "Nord", "100,00"],
      [45301, "706000", "Vente", " Nord ", "50,00"],
      [45302, "706000", "Vente", "Sud", "25,00"],
    ]);
    const r = compute(t);
    const ids = groupIdsOf(r, 3);
    expect(groupIdsOf(r, 3)).toBe(ids);
    expect(ids.names).toEqual(["Nord", "Sud"]);
    expect([...ids.ids]).toEqual([0, 0, 1]);
    expect(groupIdsOf(compute(t), 3)).not.toBe(ids);
  });

  it("the account_not_pcg example noted while reading = a pass over the result's lines", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), fc.boolean(), (rows, fastPath) => {
        let r: EngineResult;
        try {
          r = compute(table(rows), { fastPath });
        } catch {
          return;
        }
        const noted = r.diagnostics.filter((d) => d.code === "account_not_pcg");
        const scanned = accountChartCheck(r);
        expect(noted).toEqual(scanned ? [scanned] : []);
      }),
      { numRuns: 200 },
    );
  });

  it("the one text scan = every text cell of each column read apart", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 0, maxLength: 60 }), (rows) => {
        const t = table(rows);
        const scan = scanTexts(t, 0, [4, 3, 4]);
        expect(scan.dates).toEqual(rows.flatMap((r, i) => (typeof r[0] === "string" ? [i] : [])));
        expect(scan.blankDate).toBe(rows.some((r) => isBlank(r[0])));
        for (const col of [3, 4]) {
          const first = (mark: string): number =>
            rows.findIndex((r) => typeof r[col] === "string" && markOf(r[col] as string) === mark);
          expect(scan.marks.get(col)).toEqual({
            dot: first("."),
            comma: first(","),
            ambiguous: first("ambiguous"),
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
