/** A category column that holds natures (evidence/segment-natures.ts): Tiime's, Agicap's, a receipts book's. */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const receipts = table(
  ["Date", "Client / Payeur", "Catégorie", "Montant"],
  [
    ["06/01/2025", "Dupont", "Prestation", "1 500,00"],
    ["20/01/2025", "Région Bretagne", "Subvention", "4 000,00"],
    ["03/02/2025", "Martin", "Prestation", "2 200,00"],
    ["28/02/2025", "Banque Postale", "Intérêts livret", "38,50"],
    ["14/03/2025", "Moi", "Apport personnel", "1 200,00"],
    ["21/03/2025", "Leroy", "Prestation", "900,00"],
  ],
);
const said = (r: { diagnostics: { code: string; row: number; column: string; value: string }[] }) =>
  r.diagnostics.filter((d) => d.code === "segment_natures").map((d) => [d.row, d.column, d.value]);

describe("a category column whose values are natures", () => {
  it("is read as the nature too: the subsidy, the interest and the contribution are no sales, said", () => {
    const r = compute(receipts);
    expect(r.totals.caop.toFixed(2)).toBe("4600.00");
    expect(said(r)).toEqual([[3, "Catégorie", "Subvention"]]);
    // It stays the segment: the breakdown by category is kept.
    expect(toJson(r).mapping).toMatchObject({ kind: "Catégorie", segment: "Catégorie" });
  });

  it("is left a segment when its values are business lines, and beside a nature or an account column", () => {
    const lines = table(
      receipts.headers,
      receipts.rows.filter((row) => row[2] === "Prestation"),
    );
    expect(said(compute(lines))).toEqual([]);
    const withNature = table(
      ["Date", "Catégorie", "Nature", "Montant"],
      [["06/01/2025", "Subvention", "Vente", "100,00"]],
    );
    expect(said(compute(withNature))).toEqual([]);
    expect(compute(receipts, { mapping: { segment: "Catégorie" } }).totals.caop.toFixed(2)).toBe("9838.50");
  });

  it("reads an association's gifts and sponsorship categories (Dons, Mécénat) as no sales", () => {
    // Round 24b: an association's receipts by category. Gifts and sponsorship (754 in its chart)
    // are not sales, nor the subsidy: CA OP = 300 (buvette) + 1 200 + 800 = 2 300; set apart
    // non_core 50 + 5 000, subsidy 3 000. Before: 7 350 (only the subsidy set apart).
    const asso = table(
      ["Date", "Libellé", "Catégorie", "Montant"],
      [
        ["05/03/2025", "Buvette tournoi", "Ventes buvette", "300,00"],
        ["06/03/2025", "Don HelloAsso", "Dons", "50,00"],
        ["07/03/2025", "Fondation Crédit Agricole", "Mécénat", "5000,00"],
        ["10/03/2025", "Billetterie gala", "Billetterie spectacles", "1200,00"],
        ["15/03/2025", "Région AURA", "Subventions", "3000,00"],
        ["20/04/2025", "Stage été enfants", "Stages enfants", "800,00"],
      ],
    );
    const j = toJson(compute(asso));
    expect(j.caop).toBe("2300.00");
    expect([j.excluded.non_core, j.excluded.subsidy]).toEqual([
      { count: 2, amount: "5050.00" },
      { count: 1, amount: "3000.00" },
    ]);
    expect(said(compute(asso))).toEqual([[3, "Catégorie", "Dons"]]);
  });

  it("reads a Power BI export's Account Category beside account names (no number): financial and other income are no sales", () => {
    // Round 26a p03: Revenue 1 000 + 2 500 (sales), Discounts −50 (a discount, taken off: 50),
    // Financial income 300 (financial), Other income 200 (non_core): CA OP = 3 500 − 50 = 3 450.
    // Before: 3 950 (the financial and other income counted as sales, the categories a segment only).
    const powerBi = table(
      ["Posting Date", "Account Category", "Account", "Amount"],
      [
        ["2025-01-10T00:00:00", "Revenue", "Net revenue", "1000.00"],
        ["2025-01-11T00:00:00", "Revenue", "Net revenue", "2500.00"],
        ["2025-01-12T00:00:00", "Discounts", "Sales discounts", "-50.00"],
        ["2025-01-14T00:00:00", "Financial income", "Interest income", "300.00"],
        ["2025-01-16T00:00:00", "Other income", "Other operating income", "200.00"],
      ],
    );
    const r = compute(powerBi);
    const j = toJson(r);
    expect([j.caop, j.deductions.discount]).toEqual(["3450.00", "50.00"]);
    expect([j.excluded.financial.amount, j.excluded.non_core.amount]).toEqual(["300.00", "200.00"]);
    expect(said(r)).toEqual([[5, "Account Category", "Financial income"]]);
    // Beside account numbers, the account decides (SPEC 2.1 step 3): the categories stay a segment.
    const numbered = table(
      powerBi.headers,
      powerBi.rows.map((row, i) => [
        row[0],
        row[1],
        ["706000", "706000", "709000", "706000", "706000"][i],
        row[3],
      ]),
    );
    expect(said(compute(numbered))).toEqual([]);
  });

  it.each([[[1]], [[2, 2]], [[5]]])(
    "streamed in chunks %j: the figures of the whole, the note once",
    async (sizes) => {
      const whole = toJson(compute(receipts));
      const r = await computeChunks(source(split(receipts, sizes)));
      expect([toJson(r).caop, toJson(r).months]).toEqual([whole.caop, whole.months]);
      expect(said(r)).toHaveLength(1);
    },
  );
});
