/** Lines taken out of sales on their label alone, without an account column (evidence/label-only.ts). */
import { compute } from "../../../src/core/engine";
import type { RawTable } from "../../../src/core/types";

const list = (labels: string[], account?: string): RawTable => ({
  headers:
    account === undefined ? ["Date", "Libellé", "Montant HT"] : ["Date", "Compte", "Libellé", "Montant HT"],
  rows: labels.map((l, i) =>
    account === undefined
      ? [`0${i + 1}/01/2025`, l, "1000,00"]
      : [`0${i + 1}/01/2025`, account, l, "1000,00"],
  ),
  firstRow: 2,
  source: "ventes.csv",
});

const said = (r: ReturnType<typeof compute>) =>
  r.diagnostics
    .filter((d) => d.code === "label_only_decisions")
    .map((d) => [d.severity, d.row, d.column, d.value, d.args?.count]);

describe("decisions on the label alone", () => {
  it("are said when a word takes a line out of sales with no account to confirm it", () => {
    // A logistics firm's "returns handling" and a consultancy's "cession" advice are what they sell
    // (rule set 2025.10: "gestion des retours" is an exception of the return keyword); a return of
    // damaged pallets is decided by its word alone, and said.
    const r = compute(
      list([
        "Stockage palettes",
        "Gestion des retours clients",
        "Conseil en cession d'entreprise - honoraires",
        "Retour palettes abîmées",
      ]),
    );
    // The consultancy's line starts with its service (Conseil): a sale, no word decides it.
    expect(said(r)).toEqual([["warning", 5, "Libellé", "Retour palettes abîmées", 1]]);
  });

  it("are not said when the account decides, nor for a label that keeps the line a sale", () => {
    expect(said(compute(list(["Gestion des retours clients", "Cession matériel"], "706000")))).toEqual([]);
    expect(said(compute(list(["Vente de marchandises", "Prestation de services"])))).toEqual([]);
  });
});

describe("a till's or a shop's product name when there is no label column", () => {
  it("are not said of a credit note its document made a return (the label only says what was sold)", () => {
    const r = compute({
      headers: ["Date", "Type pièce", "Libellé", "Montant HT"],
      rows: [
        ["10/01/2025", "Facture", "Abonnement mensuel", "1000,00"],
        ["12/01/2025", "Avoir", "Abonnement mensuel", "200,00"],
      ],
      firstRow: 2,
      source: "pieces.csv",
    });
    // 1 000 − 200: the credit note, written unsigned, subtracts by its document type.
    expect(r.totals.caop.toFixed(2)).toBe("800.00");
    expect(said(r)).toEqual([]);
  });

  it("is what the keywords read: a gift card sold is paid in advance, not yet revenue, and said", () => {
    // Square's item sales: 9 + 8.77 latte and croissants, 50 for an eGift Card sold: CA OP 17.77.
    const r = compute({
      headers: ["Date", "Category", "Item", "Qty", "Net Sales"],
      rows: [
        ["2025-01-06", "Coffee", "Latte", "2", "9.00"],
        ["2025-01-06", "Bakery", "Croissant", "3", "8.77"],
        ["2025-01-30", "Gift Cards", "eGift Card", "1", "50.00"],
      ],
      firstRow: 2,
      source: "square.csv",
    });
    expect(r.mapping.label).toBeUndefined();
    expect(r.totals.caop.toFixed(2)).toBe("17.77");
    expect(r.totals.excluded.non_core.amount.toFixed(2)).toBe("50.00");
    // Square's "Gift Cards" category says it first (segment-natures.ts); without it, the item's name does.
    expect(r.diagnostics.filter((d) => d.code === "segment_natures").map((d) => d.value)).toEqual([
      "Gift Cards",
    ]);
    const items = compute({
      headers: ["Date", "Item", "Qty", "Net Sales"],
      rows: [
        ["2025-01-06", "Latte", "2", "9.00"],
        ["2025-01-30", "eGift Card", "1", "50.00"],
      ],
      firstRow: 2,
      source: "square.csv",
    });
    expect(items.totals.caop.toFixed(2)).toBe("9.00");
    expect(said(items)).toEqual([["warning", 3, "Item", "eGift Card", 1]]);
  });

  it("never reads a training body's course titles as what the line is (round 24b)", () => {
    // Courses sold: "Le crédit d'impôt recherche (CIR) en pratique" 800, "Subventions publiques :
    // monter un dossier" 600, "Cession de fonds de commerce" 400: CA OP 1 800, nothing excluded.
    const r = compute({
      headers: ["Date", "N° facture", "Financeur", "Intitulé formation", "Montant HT"],
      rows: [
        ["05/01/2025", "FOR001", "OPCO Atlas", "Le crédit d'impôt recherche (CIR) en pratique", "800,00"],
        ["12/01/2025", "FOR002", "CPF", "Subventions publiques : monter un dossier", "600,00"],
        ["20/01/2025", "FOR003", "Entreprise", "Cession de fonds de commerce", "400,00"],
      ],
      firstRow: 2,
      source: "formations.csv",
    });
    expect([r.mapping.product, r.mapping.label]).toEqual([3, undefined]);
    expect(r.totals.caop.toFixed(2)).toBe("1800.00");
    expect(said(r)).toEqual([]);
    // The same words under a label header still decide (a ledger's "Subvention Région").
    const labelled = compute(list(["Vente", "Subvention Région"]));
    expect(labelled.totals.caop.toFixed(2)).toBe("1000.00");
  });
});
