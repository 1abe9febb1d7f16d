import Decimal from "decimal.js";
import { caopFor, groupBy, topN, monthlyCaop, fieldColumn } from "../../src/core/aggregate";
import { findAlerts } from "../../src/core/alerts";
import { compute } from "../../src/core/engine";
import { qcSample } from "../../src/core/qc";
import { formatVariationFr, seriesVariation, targetGap, variation } from "../../src/core/variations";
import type { CellValue, RawTable } from "../../src/core/types";

const table = (rows: CellValue[][]): RawTable => ({
  headers: ["Date", "Compte", "Libellé", "Segment", "Montant"],
  rows,
  firstRow: 2,
  source: "test",
});
const d = (x: number | string): Decimal => new Decimal(x);

describe("variations", () => {
  it("(current − reference) / |reference|", () => {
    expect(variation(d(110), d(100))?.toString()).toBe("0.1");
    expect(variation(d(-50), d(-100))?.toString()).toBe("0.5");
  });
  it("no reference or a zero one gives null (n/d), never a division by zero", () => {
    expect(variation(d(10), undefined)).toBeNull();
    expect(variation(d(10), d(0))).toBeNull();
    expect(formatVariationFr(null)).toBe("n/d");
  });
  it("Écart of the article: 850 000 vs 900 000 → −5,6 %", () => {
    const g = targetGap(d(850000), d(900000));
    expect(g?.toDecimalPlaces(4).toString()).toBe("-0.0556");
    expect(formatVariationFr(g)).toBe("\u22125,6 %");
    expect(formatVariationFr(d("0.035"))).toBe("+3,5 %");
    expect(targetGap(d(1), d(0))).toBeNull();
  });
  it("MoM uses M-1 and YoY uses N-12 of the series", () => {
    const s = new Map([
      [202401, d(100)],
      [202412, d(200)],
      [202501, d(150)],
    ]);
    expect(seriesVariation(s, 202501, "MOM")?.toString()).toBe("-0.25");
    expect(seriesVariation(s, 202501, "YOY")?.toString()).toBe("0.5");
    expect(seriesVariation(s, 202412, "MOM")).toBeNull();
  });
});

describe("aggregation by field, top N, CA OP of a slice", () => {
  const r = compute(
    table([
      ["15/01/2025", "706000", "Vente", "A", "300,00"],
      ["15/01/2025", "706000", "Vente", "B", "200,00"],
      ["15/01/2025", "706000", "Vente", "D", "200,00"],
      ["15/01/2025", "706000", "Vente", "C", "100,00"],
      ["20/01/2025", "709000", "Remise", "A", "50,00"],
      ["20/01/2025", "775000", "Cession", "E", "9 999,00"],
      ["15/02/2025", "706000", "Vente", "", "10,00"],
    ]),
  );
  const seg = fieldColumn(r, "segment") as number;
  it("sums counted lines per value, sorted by CA OP desc then name; excluded lines never count", () => {
    const g = groupBy(r, seg);
    expect(g.map((x) => [x.key, x.caop.toFixed(2)])).toEqual([
      ["A", "250.00"],
      ["B", "200.00"],
      ["D", "200.00"],
      ["C", "100.00"],
      ["(non renseigné)", "10.00"],
    ]);
  });
  it("top 3 is 'A, B, D' with ties by name", () => {
    expect(topN(r, seg, 3).join(", ")).toBe("A, B, D");
  });
  it("CA OP for a period and one value", () => {
    expect(caopFor(r, { from: 202501, to: 202501 }).toFixed(2)).toBe("750.00");
    expect(caopFor(r, null, { column: seg, value: "b" }).toFixed(2)).toBe("200.00");
    expect(caopFor(r, { from: 202502, to: 202502 }, { column: seg, value: "A" }).toFixed(2)).toBe("0.00");
    expect([...monthlyCaop(r)].map(([k, v]) => [k, v.toFixed(2)])).toEqual([
      [202501, "750.00"],
      [202502, "10.00"],
    ]);
  });
  it("finds a field by id or by header text", () => {
    expect(fieldColumn(r, "Segment")).toBe(seg);
    expect(fieldColumn(r, "nope")).toBeUndefined();
  });
});

describe("alerts: two consecutive months below −15 %", () => {
  const months = ["01", "02", "03", "04", "05"];
  const series: Record<string, number[]> = {
    Falls: [1000, 800, 600, 590, 580], // −20 %, −25 %: alert at 2025-03
    Once: [1000, 800, 790, 780, 770], // one fall only
    Flat: [500, 500, 500, 500, 500],
  };
  const rows: CellValue[][] = [];
  for (const [seg, values] of Object.entries(series)) {
    values.forEach((v, i) => rows.push([`10/${months[i]}/2025`, "706000", "Vente", seg, String(v)]));
  }
  const r = compute(table(rows));
  const groups = groupBy(r, fieldColumn(r, "segment") as number);
  it("raises the segment that fell twice running, not the one that fell once", () => {
    const a = findAlerts(groups);
    expect(a.map((x) => [x.key, x.period])).toEqual([["Falls", "2025-03"]]);
    expect(a[0].streak.map((s) => s.variation.toFixed(2))).toEqual(["-0.20", "-0.25"]);
  });
  it("threshold and number of months are settings", () => {
    expect(findAlerts(groups, { threshold: -0.15, months: 1 }).map((x) => [x.key, x.period])).toEqual([
      ["Falls", "2025-02"],
      ["Once", "2025-02"],
      ["Falls", "2025-03"],
    ]);
    expect(findAlerts(groups, { threshold: -0.3, months: 2 })).toEqual([]);
  });
});

describe("quality-control sample", () => {
  const rows: CellValue[][] = [];
  for (let i = 0; i < 400; i++)
    rows.push([`${(i % 28) + 1}/02/2025`, "706000", `Vente ${i}`, "A", String(100 + i)]);
  rows.push(["03/02/2025", "709000", "Remise", "A", "10"]);
  rows.push(["03/02/2025", "775000", "Cession", "A", "10"]);
  rows.push(["03/02/2025", "", "Divers", "A", "10"]);
  rows.push(["03/05/2025", "706000", "Vente hors trimestre", "A", "10"]);
  const r = compute(table(rows));
  it("draws 5 % of the quarter's lines, at least one of every status, reproducibly", () => {
    const a = qcSample(r, { from: 202501, to: 202503, seed: 42 });
    expect(a.length).toBeGreaterThanOrEqual(Math.ceil(403 * 0.05));
    expect(a.length).toBeLessThanOrEqual(Math.ceil(403 * 0.05) + 3);
    const statuses = new Set(a.map((i) => `${r.lines.scope[i]}/${r.lines.kind[i]}`));
    expect(statuses.size).toBe(4);
    expect(a).not.toContain(rows.length - 1);
    expect(qcSample(r, { from: 202501, to: 202503, seed: 42 })).toEqual(a);
    expect(qcSample(r, { from: 202501, to: 202503, seed: 7 })).not.toEqual(a);
  });
});
