/** A chart of accounts other than the PCG, proven by the data (evidence/account-chart.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

/** A Moroccan ledger (CGNC): sales on 711 and 712, a subsidy on 716, a disposal on 751, interest on 73. */
const moroccan = table(
  ["Date", "Compte", "Libellé", "Montant"],
  [
    ["15/01/2025", "711100", "Ventes de marchandises au Maroc", "10 000,00"],
    ["16/01/2025", "712400", "Prestations de services", "5 000,00"],
    ["20/01/2025", "716100", "Subventions d'exploitation", "2 000,00"],
    ["25/01/2025", "751100", "Produits des cessions d'immobilisations", "3 000,00"],
    ["26/01/2025", "733000", "Intérêts et produits assimilés", "100,00"],
  ],
);
const cgnc = (r: {
  diagnostics: { code: string; row: number; column: string; args?: Record<string, unknown> }[];
}) =>
  r.diagnostics
    .filter((d) => d.code === "account_chart_cgnc")
    .map((d) => [d.row, d.column, d.args?.example, d.args?.example_row, d.args?.label]);

describe("sales on account 71… (the Moroccan chart, CGNC)", () => {
  it("read as PCG stored production, get one warning naming the first such sale and the way out", () => {
    const r = compute(moroccan);
    expect(cgnc(r)).toEqual([[0, "Compte", "711100", 2, "Ventes de marchandises au Maroc"]]);
    const d = r.diagnostics.find((x) => x.code === "account_chart_cgnc");
    expect(d?.severity).toBe("warning");
    expect(d?.messageEn).toContain("--map account=");
    // The way out: the labels classify the lines, 10 000 + 5 000.
    expect(compute(moroccan, { mapping: { account: null } }).totals.caop.toFixed(2)).toBe("15000.00");
  });

  it("is not said for the PCG's own stored production, nor for a sale on 706", () => {
    const pcg = table(moroccan.headers, [
      ["31/01/2025", "713500", "Variation des stocks de produits", "-1 200,00"],
      ["31/01/2025", "706000", "Prestations de services", "5 000,00"],
    ]);
    expect(cgnc(compute(pcg))).toEqual([]);
  });

  it("streamed in chunks: said once, at the first chunk that shows it", async () => {
    const r = toJson(await computeChunks(source(split(moroccan, [1, 2]))));
    expect(r.diagnostics.filter((d) => d.code === "account_chart_cgnc").map((d) => d.value)).toEqual([
      "Compte",
    ]);
  });
});
