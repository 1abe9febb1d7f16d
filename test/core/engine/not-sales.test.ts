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

  it("Sage 100's goods-return note is no sale, its 'Facture de retour' a credit note; Amazon's 'Order' is a sale", () => {
    const t: RawTable = {
      headers: ["Date", "Type de document", "Montant HT"],
      rows: [
        ["05/01/2025", "Facture", "1000,00"],
        ["06/01/2025", "Facture", "850,00"],
        ["07/01/2025", "Bon de retour", "850,00"],
        ["08/01/2025", "Facture de retour", "850,00"],
        ["09/01/2025", "Facture d'avoir", "50,00"],
      ],
      firstRow: 2,
      source: "sage100.csv",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("950.00");
    expect(said(r).map((d) => d[2])).toEqual(["Bon de retour"]);
    const amazon: RawTable = {
      headers: ["posted-date", "transaction-type", "amount"],
      rows: [
        ["2025-01-05", "Order", "100.00"],
        ["2025-01-06", "Order", "50.00"],
      ],
      firstRow: 2,
      source: "settlement.txt",
    };
    expect(
      compute(amazon, { mapping: { date: "posted-date", doc_type: "transaction-type" } }).totals.caop.toFixed(
        2,
      ),
    ).toBe("150.00");
  });
});
