/** A bank account's transactions with categories: the debits of expense categories (evidence/bank-expenses.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";

const tiime = table(
  ["Date", "Libellé", "Catégorie", "Montant TTC", "TVA", "Montant HT"],
  [
    ["05/01/2025", "VIR SEPA SAS TECHNO LYON", "Ventes de prestations", "1200,00", "200,00", "1000,00"],
    ["06/01/2025", "CARTE SNCF", "Déplacements", "-120,00", "-20,00", "-100,00"],
    ["20/01/2025", "VIR SEPA SAS TECHNO LYON", "Ventes de prestations", "-240,00", "-40,00", "-200,00"],
    ["10/02/2025", "VIR SEPA ATELIER MOREL", "Ventes de prestations", "600,00", "100,00", "500,00"],
    ["12/02/2025", "PRLV FREE TELECOM", "Télécom", "-36,00", "-6,00", "-30,00"],
  ],
);

describe("a bank account's categorized transactions (Tiime, Indy, Qonto)", () => {
  it("sets apart the debits of categories no receipt has, said per category; a refund filed as a sale stays", () => {
    const r = compute(tiime);
    // The accountant: 1 000 − 200 (a refund to the customer, under the sales category) + 500.
    expect(r.totals.caop.toFixed(2)).toBe("1300.00");
    const said = r.diagnostics.filter((d) => d.code === "bank_expenses");
    expect(said.map((d) => [d.value, d.row, d.args?.count])).toEqual(
      [
        ["Déplacements", 3],
        ["Télécom", 6],
      ].map(([v, row]) => [v, row, 1]),
    );
  });

  it("gives the same figure streamed", async () => {
    const r = await computeChunks(source(split(tiime, [2, 2])));
    expect(r.totals.caop.toFixed(2)).toBe("1300.00");
  });

  it("leaves a sales list alone: its segment with only a credit note this month is a correction", () => {
    const sales = table(
      ["Date", "Libellé", "Segment", "Montant HT"],
      [
        ["05/01/2025", "Prestation de conseil", "Conseil", "1000,00"],
        ["20/01/2025", "Avoir sur formation 2024", "Formation", "-200,00"],
      ],
    );
    expect(compute(sales).totals.caop.toFixed(2)).toBe("800.00");
  });
});

describe("bank transactions: what proves a bank's, and a supplier's refund", () => {
  it("a supplier's refund in an expense category does not make it a receipts' one; it is no sale either", () => {
    const qonto = table(
      [
        "Date de l'opération (UTC)",
        "Nom de la contrepartie",
        "Montant total (HT)",
        "Catégorie",
        "Méthode de paiement",
      ],
      [
        ["05/01/2025", "Client Dupont", "1000,00", "Ventes", "Virement"],
        ["08/01/2025", "Client Martin", "2000,00", "Ventes", "Virement"],
        ["10/01/2025", "Amazon", "-100,00", "Fournitures", "Carte"],
        ["15/01/2025", "Amazon", "-200,00", "Fournitures", "Carte"],
        ["18/01/2025", "Amazon", "20,00", "Fournitures", "Carte"],
        ["20/01/2025", "Orange", "-50,00", "Télécom", "Prélèvement"],
      ],
    );
    expect(compute(qonto).totals.caop.toFixed(2)).toBe("3000.00");
  });

  it("a sales list with a Solde (balance due) column is no bank's: its credit note stays", () => {
    const sales = table(
      ["Date", "N° facture", "Client", "Famille", "Montant HT", "Solde"],
      [
        ["05/01/2025", "F001", "Dupont", "Matériel", "1000,00", "0,00"],
        ["08/01/2025", "F002", "Martin", "Matériel", "2000,00", "2000,00"],
        ["20/01/2025", "F004", "Petit", "Maintenance", "-300,00", "0,00"],
      ],
    );
    expect(compute(sales).totals.caop.toFixed(2)).toBe("2700.00");
  });

  it("a chunk whose labels alone do not prove a bank's follows the chunks that did (streamed = whole)", async () => {
    const bank = table(
      ["Date", "Libellé", "Montant", "Catégorie"],
      [
        ["03/01/2025", "VIR SEPA CLIENT DUPONT", "1000,00", "Ventes"],
        ["04/01/2025", "CB ORANGE", "-50,00", "Télécom"],
        ["05/01/2025", "VIR SEPA CLIENT MARTIN", "2000,00", "Ventes"],
        ["06/01/2025", "Facture 12 Durand", "500,00", "Ventes"],
        ["07/01/2025", "Loyer janvier", "-800,00", "Loyer"],
        ["08/01/2025", "Facture 13 Petit", "700,00", "Ventes"],
      ],
    );
    expect(compute(bank).totals.caop.toFixed(2)).toBe("4200.00");
    expect((await computeChunks(source(split(bank, [3, 3])))).totals.caop.toFixed(2)).toBe("4200.00");
  });

  it("reads a merchant's bank labels (REMISE CB, FRAIS TENUE DE COMPTE) as a bank's", () => {
    const indy = table(
      ["Date", "Libellé", "Catégorie", "Montant"],
      [
        ["02/01/2025", "REMISE CB 0123456 020125", "Ventes", "1650,00"],
        ["03/01/2025", "REMISE CHEQUE 8812345", "Ventes", "350,00"],
        ["10/01/2025", "PRLV SEPA URSSAF", "Cotisations sociales", "-850,00"],
        ["15/01/2025", "FRAIS TENUE DE COMPTE", "Frais bancaires", "-12,00"],
      ],
    );
    expect(compute(indy).totals.caop.toFixed(2)).toBe("2000.00");
  });

  it("proven by labels alone, keeps a family that sold and took returns (a shop's card payments list)", () => {
    const shop = table(
      ["Date", "Libellé", "Famille", "Montant"],
      [
        ["03/01/2025", "CB 03/01 Client Martin", "Chaussures", "120,00"],
        ["06/01/2025", "CB 06/01 Client Martin", "Accessoires", "-50,00"],
        ["08/01/2025", "CB 08/01 Client Roux", "Accessoires", "30,00"],
      ],
    );
    expect(compute(shop).totals.caop.toFixed(2)).toBe("100.00");
  });
});
