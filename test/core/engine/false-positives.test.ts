/**
 * Readings added in wave 20 that must not fire on ordinary files (review 20): a cost centre read as
 * SAP posting keys, a sales list's signs reversed, third parties' codes proven in one chunk and met
 * in the next, an account named in words taken for a third party's code.
 */
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
const caop = (t: RawTable): string => compute(t).totals.caop.toFixed(2);

/** The table cut into chunks of `size` rows, as a streamed file gives them. */
function chunks(t: RawTable, size: number): () => AsyncIterable<RawTable> {
  return async function* () {
    for (let i = 0; i < t.rows.length; i += size)
      yield { ...t, rows: t.rows.slice(i, i + size), firstRow: t.firstRow + i };
  };
}

describe("readings that must not fire on ordinary files", () => {
  it("a cost centre headed CC (11, 21) is no posting key", () => {
    const t = table(
      ["Date", "N° facture", "Client", "CC", "Libellé", "Montant HT"],
      [
        ["03/03/2025", "F301", "Dupont SA", "11", "Prestation atelier Lyon", "1200,00"],
        ["05/03/2025", "F302", "Martin SARL", "21", "Prestation atelier Lille", "800,00"],
        ["10/03/2025", "F303", "Roux", "11", "Prestation atelier Lyon", "450,00"],
        ["12/03/2025", "F304", "Petit", "21", "Prestation atelier Lille", "600,00"],
      ],
    );
    // 1 200 + 800 + 450 + 600 = 3 050: every sale counted as written.
    expect(caop(t)).toBe("3050.00");
  });

  it("a sales list with one large negative correction keeps its signs", () => {
    const t = table(
      ["Date", "N° facture", "Compte", "Libellé", "Montant HT"],
      [
        ["02/12/2025", "F1201", "706000", "Maintenance décembre Client A", "1000,00"],
        ["02/12/2025", "F1201", "709000", "Remise commerciale Client A", "100,00"],
        ["10/12/2025", "F1202", "706000", "Régularisation contrat annuel Client B", "-5000,00"],
        ["18/12/2025", "F1203", "706000", "Maintenance décembre Client C", "800,00"],
      ],
    );
    // 1 000 − 5 000 + 800 = −3 200 of sales, less the 100 discount: −3 300, as written (warned).
    expect(caop(t)).toBe("-3300.00");
  });

  it("a list of credit notes with a discount's reversal is never read reversed", () => {
    const t = table(
      ["N° avoir", "Date avoir", "Compte", "Libellé", "Montant HT"],
      [
        ["AV-2025-031", "04/03/2025", "706000", "Annulation partielle commande 4512", "-1000,00"],
        ["AV-2025-031", "04/03/2025", "709000", "Annulation remise 5 % commande 4512", "50,00"],
        ["AV-2025-032", "17/03/2025", "707000", "Marchandise non conforme lot 88", "-640,00"],
        ["AV-2025-033", "26/03/2025", "706000", "Geste commercial retard livraison", "-150,00"],
      ],
    );
    // −1 000 − 640 − 150 = −1 790 of credit notes; the 709 line, a deduction in a single amount
    // column, subtracts its absolute value (SPEC 2.2): −1 840, as this morning's build read it.
    expect(caop(t)).toBe("-1840.00");
  });

  it("third parties' codes met in a later chunk than the one proving the column", async () => {
    const t = table(
      ["Compte", "Date", "Journal", "N° pièce", "Libellé", "Débit", "Crédit"],
      [
        ["445710", "08/01/2025", "VE", "FA001", "Facture FA001 Dupont", "", "240,00"],
        ["445710", "03/02/2025", "VE", "FA002", "Facture FA002 Martin", "", "500,00"],
        ["512000", "28/02/2025", "BQ", "REG01", "Règlement Dupont", "1440,00", ""],
        ["706000", "08/01/2025", "VE", "FA001", "Facture FA001 Dupont", "", "1200,00"],
        ["706000", "03/02/2025", "VE", "FA002", "Facture FA002 Martin", "", "2500,00"],
        ["CDUPONT", "08/01/2025", "VE", "FA001", "Facture FA001 Dupont", "1440,00", ""],
        ["CDUPONT", "28/02/2025", "BQ", "REG01", "Règlement Dupont", "", "1440,00"],
        ["CMARTIN", "03/02/2025", "VE", "FA002", "Facture FA002 Martin", "3000,00", ""],
      ],
    );
    // 706000: 1 200 + 2 500 = 3 700; the customers' codes are no revenue, whole or streamed.
    expect(caop(t)).toBe("3700.00");
    for (const size of [5, 6]) expect(toJson(await computeChunks(chunks(t, size))).caop).toBe("3700.00");
  });

  it("a sales account written in words in a column of numbers is no third party's code", () => {
    const t = table(
      ["Date", "Compte", "Libellé", "Débit", "Crédit"],
      [
        ["05/01/2025", "706000", "Facture F001 Dupont", "", "1000,00"],
        ["06/01/2025", "411000", "Facture F001 Dupont", "1200,00", ""],
        ["06/01/2025", "445710", "TVA F001", "", "200,00"],
        ["07/01/2025", "Ventes de marchandises", "Facture F002 Martin", "", "500,00"],
        ["08/01/2025", "706000", "Facture F003", "", "300,00"],
      ],
    );
    // 1 000 + 500 + 300 = 1 800 (the sale on "Ventes de marchandises" kept).
    expect(caop(t)).toBe("1800.00");
  });
});
