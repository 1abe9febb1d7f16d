/**
 * The expected figures (expected.ts) equal the independent decimal.js oracle's totals computed from
 * the per-line annotations (oracle.ts): catches arithmetic slips in the expectations.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { EXPECTED } from "./expected";
import { NOTES, oracle } from "./oracle";

const REASONS = ["asset_disposal", "subsidy", "financial", "exceptional", "tax_credit", "non_core"] as const;
const fixture = (f: string): string => join(__dirname, "..", "fixtures", "real", f);

/** Decimal equality with a readable failure. */
function same(actual: Decimal, expected: string, what: string): void {
  expect(`${what} ${actual.eq(new Decimal(expected)) ? expected : actual.toFixed()}`).toBe(
    `${what} ${expected}`,
  );
}

describe("oracle vs expected.ts", () => {
  it("annotates every fixture and every data line of it", () => {
    expect(Object.keys(NOTES).sort()).toEqual(EXPECTED.map((e) => e.file).sort());
    for (const e of EXPECTED) {
      const all = readFileSync(fixture(e.file), "latin1").split(/\r\n|\n|\r/);
      const lines = all.filter((s) => s !== "");
      const rows = [...new Set(NOTES[e.file].map((n) => n.row))].sort((a, b) => a - b);
      // Title rows above the header: the data rows are the non-blank file lines below it.
      const data =
        e.headerRow === undefined
          ? Array.from({ length: lines.length - 1 }, (_, i) => i + 2)
          : all.flatMap((s, i) => (i + 1 > (e.headerRow as number) && s.trim() !== "" ? [i + 1] : []));
      expect({ file: e.file, rows }).toEqual({ file: e.file, rows: data });
    }
  });

  it.each(EXPECTED.map((e) => [e.file, e] as const))("%s: oracle totals = expected", (file, e) => {
    const o = oracle(NOTES[file]);
    same(o.caop, e.caop, "caop");
    same(o.gross_sales, e.gross_sales, "gross_sales");
    for (const k of ["discount", "rebate", "return"] as const) same(o.deductions[k], e.deductions[k], k);
    for (const r of REASONS) {
      const x = e.excluded[r] ?? { count: 0, amount: "0.00" };
      expect(`${r} ${o.excluded[r].count}`).toBe(`${r} ${x.count}`);
      same(o.excluded[r].amount, x.amount, r);
    }
    expect(o.to_review.count).toBe(e.to_review.count);
    if (e.to_review.amount !== undefined) same(o.to_review.amount, e.to_review.amount, "to_review");
    if (e.ignored) expect(o.ignored).toBe(e.ignored.count);
    if (e.months) {
      expect(Object.keys(o.months).sort()).toEqual(Object.keys(e.months).sort());
      for (const [p, v] of Object.entries(e.months)) same(o.months[p], v, p);
    }
    // CA OP = Σ months (each line counted once).
    const sum = Object.values(o.months).reduce((a, b) => a.plus(b), new Decimal(0));
    same(sum, e.caop, "Σ months");
  });
});
