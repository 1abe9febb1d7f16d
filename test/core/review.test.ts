/**
 * The `review` list (SPEC 9): every line counted "à vérifier", with the row the user sees, its amount
 * (decimal string, at least two decimals) and the reason in words, in the message language.
 * Expected from the accountant: rows 3 (account 751, 2 500,00), 4 (no account, "Divers", 120,50) and
 * 5 (708 "Refacturation", 80,00) are to check; CA OP 3 700,50 counts them (not strict).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeChunks } from "../../src/core/chunks";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import type { RawTable } from "../../src/core/types";
import { readCsv } from "../../src/workbook/readers/csv";

const table = readCsv(readFileSync(join(__dirname, "..", "fixtures", "readers", "ventes-a-verifier.csv")));

describe("review: the lines to check, by row", () => {
  it("lists rows 3, 4 and 5 with their amounts and reasons in French", () => {
    const j = toJson(compute(table));
    expect(j.caop).toBe("3700.50");
    expect(j.to_review).toEqual({ count: 3, amount: "2700.50" });
    expect(j.review.map((l) => [l.row, l.amount])).toEqual([
      [3, "2500.00"],
      [4, "120.50"],
      [5, "80.00"],
    ]);
    expect(j.review[0].reason).toMatch(/^compte 751 → à vérifier/);
    expect(j.review[1].reason).toMatch(/à vérifier/);
    expect(j.review[2].reason).toMatch(/refacturation/i);
  });

  it("gives the reasons in English with lang en, same rows and amounts", () => {
    const j = toJson(compute(table), "en");
    expect(j.review.map((l) => [l.row, l.amount])).toEqual([
      [3, "2500.00"],
      [4, "120.50"],
      [5, "80.00"],
    ]);
    expect(j.review[0].reason).toMatch(/^account 751 → to review/);
  });

  it("strict mode still lists them (excluded, as they would have counted)", () => {
    const j = toJson(compute(table, { strict: true }));
    expect(j.caop).toBe("1000.00");
    expect(j.review.map((l) => l.row)).toEqual([3, 4, 5]);
  });

  it("is empty when nothing is to check", () => {
    const t: RawTable = { ...table, rows: table.rows.slice(0, 1), readDiagnostics: [] };
    expect(toJson(compute(t)).review).toEqual([]);
  });

  it("is the same list when the table is computed in chunks of one row", async () => {
    const chunks = table.rows.map((row, i): RawTable => ({
      ...table,
      rows: [row],
      firstRow: table.firstRow + i,
    }));
    const r = await computeChunks(async function* () {
      for (const c of chunks) yield c;
    });
    expect(toJson(r).review).toEqual(toJson(compute(table)).review);
  });
});
