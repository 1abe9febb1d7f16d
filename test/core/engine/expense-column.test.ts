/** A receipts-and-expenses book (evidence/expense-column.ts): its expense rows are no sales and no errors. */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

// An association's cash book: receipts and expenses in two columns, the categories beside them.
const book = table(
  ["Date", "Catégorie", "Libellé", "Recette", "Dépense", "Mode"],
  [
    ["11/01/2025", "Vente buvette", "Buvette loto", "312,50", "", "Espèces"],
    ["18/01/2025", "Prestations", "Atelier enfants", "450,00", "", "Chèque"],
    ["25/01/2025", "Achats", "Boissons buvette", "", "148,20", "CB"],
    ["10/02/2025", "Subvention", "Subvention de fonctionnement 2025", "3 000,00", "", "Virement"],
    ["22/02/2025", "Prestations", "Stage théâtre", "960,00", "", "Virement"],
    ["28/02/2025", "Frais bancaires", "Cotisation carte", "", "12,00", "Prélèvement"],
    ["08/03/2025", "Vente buvette", "Buvette spectacle", "287,00", "", "Espèces"],
  ],
);

describe("a receipts-and-expenses book (Recette | Dépense)", () => {
  it("reads the receipts; its expenses are not revenue, said in one note, never empty-amount errors", () => {
    const r = compute(book);
    // 312.50 + 450 + 960 + 287: the subsidy excluded, the expenses no sales.
    expect(r.totals.caop.toFixed(2)).toBe("2009.50");
    expect(r.ignored.count).toBe(0);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const d = r.diagnostics.find((x) => x.code === "expense_lines");
    expect([d?.row, d?.column, d?.value, d?.args?.count, d?.severity]).toEqual([
      4,
      "Dépense",
      "148,20",
      2,
      "info",
    ]);
    expect(d?.messageEn).toBe(
      '2 expense line(s) with no receipt (column "Dépense", e.g. row 4: "148,20"): not revenue, not counted',
    );
    expect(toJson(compute(book, { fastPath: false }))).toEqual(toJson(r));
  });

  it("keeps a row with a receipt and an expense a line (a net receipt): the receipt counts", () => {
    const both = table(book.headers, [["11/01/2025", "Vente", "Buvette", "100,00", "20,00", "Espèces"]]);
    expect(compute(both).totals.caop.toFixed(2)).toBe("100.00");
  });

  it("streamed in chunks of any size: the same figures and one note with the whole count", async () => {
    const whole = toJson(compute(book));
    for (const sizes of [[1], [2], [3, 1]]) {
      const r = toJson(await computeChunks(source(split(book, sizes))));
      expect([r.caop, r.months, r.diagnostics]).toEqual([whole.caop, whole.months, whole.diagnostics]);
    }
  });
});
