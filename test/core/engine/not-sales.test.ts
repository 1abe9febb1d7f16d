/** Quotes, pro-formas, orders and delivery notes of a document-type column (evidence/not-sales.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import type { RawTable } from "../../../src/core/types";

/** Sellsy's / Axonaut's document list: every document of the period, whatever its type. */
const documents: RawTable = {
  headers: ["Date", "Numéro", "Type de document", "Client", "Montant HT", "Statut"],
  rows: [
    ["05/01/2025", "DE-0001", "Devis", "Dupont", "5000,00", "Accepté"],
    ["06/01/2025", "FA-0001", "Facture", "Dupont", "1500,00", "Payée"],
    ["07/01/2025", "CO-0001", "Bon de commande", "Martin", "800,00", "Validé"],
    ["08/01/2025", "FA-0002", "Facture", "Martin", "800,00", "Payée"],
    ["20/01/2025", "AV-0001", "Avoir", "Martin", "200,00", "Payée"],
    ["21/01/2025", "PF-0001", "Proforma", "Durand", "900,00", "Envoyée"],
    ["22/01/2025", "DE-0002", "devis", "Durand", "300,00", "Refusé"],
  ],
  firstRow: 2,
  source: "documents.csv",
};

const said = (r: ReturnType<typeof compute>) =>
  r.diagnostics
    .filter((d) => d.code === "document_not_sale")
    .map((d) => [d.row, d.column, d.value, d.args?.count]);

describe("documents that are no sale", () => {
  it("are set apart, one warning per type with its count; their statuses are not read", () => {
    const r = compute(documents);
    // 1500 + 800 − 200 (the credit note, positive: an unsigned export).
    expect(r.totals.caop.toFixed(2)).toBe("2100.00");
    expect(said(r)).toEqual([
      [2, "Type de document", "Devis", 2],
      [4, "Type de document", "Bon de commande", 1],
      [7, "Type de document", "Proforma", 1],
    ]);
    // "Accepté", "Validé", "Refusé" are a quote's or an order's: the status column is read all the same.
    expect(r.diagnostics.map((d) => d.code)).not.toContain("status_not_invoice");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("read in chunks: the same figures and counts", async () => {
    const chunks = [
      { ...documents, rows: documents.rows.slice(0, 3) },
      { ...documents, rows: documents.rows.slice(3), firstRow: 5 },
    ];
    const r = await computeChunks(async function* () {
      yield* chunks;
    });
    expect(r.totals.caop.toFixed(2)).toBe("2100.00");
    expect(said(r)).toEqual(said(compute(documents)));
  });

  it("in a 'Type' column of document types only, read as the document type", () => {
    const t: RawTable = {
      ...documents,
      headers: ["Date", "Numéro", "Type", "Client", "Montant HT", "Statut"],
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("2100.00");
    expect(said(r).map((d) => d[2])).toEqual(["Devis", "Bon de commande", "Proforma"]);
  });
});
