/** An amount column repeating each invoice's total on its lines (evidence/invoice-totals.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";

const table = (headers: string[], rows: CellValue[][]): RawTable => ({
  headers,
  rows,
  firstRow: 2,
  source: "t",
});

/** A sales list by article: the invoice's total on each of its lines, quantity and unit price beside. */
const byArticle = table(
  ["Date", "N° facture", "Article", "Quantité", "Prix unitaire HT", "Total HT facture"],
  [
    ["05/01/2025", "F001", "Chaise", "2", "500,00", "1500,00"],
    ["05/01/2025", "F001", "Table", "1", "500,00", "1500,00"],
    ["06/01/2025", "F002", "Armoire", "1", "800,00", "800,00"],
    ["07/01/2025", "F003", "Lampe", "3", "20,50", "161,50"],
    ["07/01/2025", "F003", "Tapis", "1", "100,00", "161,50"],
  ],
);
const said = (r: {
  diagnostics: { code: string; row: number; value: string; args?: Record<string, unknown> }[];
}) =>
  r.diagnostics
    .filter((d) => d.code.startsWith("invoice_total"))
    .map((d) => [d.code, d.row, d.value, d.args?.invoice, d.args?.count]);

describe("an amount column repeating each invoice's total", () => {
  it("is proven by quantity × unit price and the lines read so, with a note", () => {
    const r = compute(byArticle);
    // 1000 + 500 + 800 + 61.50 + 100, each invoice once.
    expect(r.totals.caop.toFixed(2)).toBe("2461.50");
    expect(r.mappingInfo.layout).toBe("quantity_price");
    expect(said(r)).toEqual([["invoice_total_lines", 2, "1500,00", "F001", 2]]);
  });

  it("stays the amount when a run's lines differ, or quantity × price does not give the total back", () => {
    const lines = table(byArticle.headers, [
      ["05/01/2025", "F001", "Chaise", "2", "500,00", "1000,00"],
      ["05/01/2025", "F001", "Table", "1", "500,00", "500,00"],
    ]);
    expect([compute(lines).totals.caop.toFixed(2), said(compute(lines))]).toEqual(["1500.00", []]);
    const twice = table(byArticle.headers, [
      ["05/01/2025", "F001", "Chaise", "1", "500,00", "500,00"],
      ["05/01/2025", "F001", "Chaise", "1", "500,00", "500,00"],
    ]);
    const r = compute(twice);
    // Two identical lines are what they say (1 × 500 twice is not 500): counted, and said to be checked.
    expect([r.totals.caop.toFixed(2), said(r)]).toEqual([
      "1000.00",
      [["invoice_total_repeated", 2, "500,00", "F001", 1]],
    ]);
  });

  it("without prices to prove it, is counted as written with a warning; a named amount column is proven too", () => {
    const noPrice = table(
      ["Date", "N° facture", "Article", "Total HT"],
      byArticle.rows.map((r) => [r[0], r[1], r[2], r[5]]),
    );
    const r = compute(noPrice);
    expect([r.totals.caop.toFixed(2), said(r)]).toEqual([
      "4123.00",
      [["invoice_total_repeated", 2, "1500,00", "F001", 2]],
    ]);
    // The column named as the amount (the add-in's confirmed mapping names it so) is proven all the same.
    const mapped = compute(byArticle, { mapping: { amount: "Total HT facture" } });
    expect([mapped.totals.caop.toFixed(2), said(mapped).length]).toEqual(["2461.50", 1]);
  });

  it("read in chunks, an invoice proven by a later chunk: the figures of the whole table, one note", async () => {
    const chunks = [
      { ...byArticle, rows: byArticle.rows.slice(0, 1) },
      { ...byArticle, rows: byArticle.rows.slice(1, 3), firstRow: 3 },
      { ...byArticle, rows: byArticle.rows.slice(3), firstRow: 5 },
    ];
    const r = await computeChunks(async function* () {
      yield* chunks;
    });
    expect(toJson(r).caop).toBe("2461.50");
    expect(said(r)).toEqual([["invoice_total_lines", 5, "161,50", "F003", 1]]);
  });

  it("read in chunks, a run repeating by chance in one chunk is no warning when another chunk's runs differ", async () => {
    const lines = table(
      ["Date", "N° facture", "Article", "Montant HT"],
      [
        ["05/01/2025", "F001", "Chaise", "1000,00"],
        ["05/01/2025", "F001", "Table", "500,00"],
        ["06/01/2025", "F002", "Lampe", "20,00"],
        ["06/01/2025", "F002", "Lampe", "20,00"],
      ],
    );
    const whole = compute(lines);
    expect([whole.totals.caop.toFixed(2), said(whole)]).toEqual(["1540.00", []]);
    for (const order of [lines.rows, [...lines.rows.slice(2), ...lines.rows.slice(0, 2)]]) {
      const cut = [
        { ...lines, rows: order.slice(0, 2) },
        { ...lines, rows: order.slice(2), firstRow: 4 },
      ];
      const r = await computeChunks(async function* () {
        yield* cut;
      });
      expect([toJson(r).caop, said(r)]).toEqual(["1540.00", []]);
    }
  });
});
