/** The year's closing entry in a journal export (evidence/closing-entries.ts). */
import { compute } from "../../../src/core/engine";
import type { CellValue, RawTable } from "../../../src/core/types";

const fec = (closing: string[][]): RawTable => ({
  headers: ["JournalCode", "EcritureNum", "EcritureDate", "CompteNum", "EcritureLib", "Debit", "Credit"],
  rows: [
    ["VE", "2", "20251115", "411000", "Facture F001", "1200,00", "0,00"],
    ["VE", "2", "20251115", "706000", "Facture F001", "0,00", "1000,00"],
    ["VE", "2", "20251115", "445710", "Facture F001", "0,00", "200,00"],
    ["VE", "3", "20251210", "706000", "Facture F002", "0,00", "500,00"],
    ["VE", "3", "20251210", "411000", "Facture F002", "500,00", "0,00"],
    ...closing,
  ],
  firstRow: 2,
  source: "FEC.txt",
});

describe("closing entries", () => {
  it("leave the year's sales counted: the income lines cleared into the result are set apart, and said", () => {
    const r = compute(
      fec([
        ["CL", "9", "20251231", "706000", "Solde des comptes de produits", "1500,00", "0,00"],
        ["CL", "9", "20251231", "120000", "Solde des comptes de produits", "0,00", "1500,00"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    const d = r.diagnostics.find((x) => x.code === "closing_entries");
    expect([d?.row, d?.column, d?.value, d?.args?.count]).toEqual([7, "CompteNum", "706000", 1]);
  });

  it("a real credit note (no result account in its entry) still subtracts", () => {
    const r = compute(
      fec([
        ["VE", "4", "20251220", "709000", "Avoir RFA", "100,00", "0,00"],
        ["VE", "4", "20251220", "411000", "Avoir RFA", "0,00", "100,00"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1400.00");
    expect(r.diagnostics.map((x) => x.code)).not.toContain("closing_entries");
  });
});

describe("closing entries wherever their lines sit", () => {
  const closing = [
    ["CL", "9", "20251231", "706000", "Clôture de l'exercice", "1500,00", "0,00"],
    ["CL", "9", "20251231", "120000", "Clôture de l'exercice", "0,00", "1500,00"],
  ];

  it("in a FEC sorted by account (the entry's lines apart, others between): the year's 1 500 stays", () => {
    const t = fec(closing);
    const sorted = { ...t, rows: [...t.rows].sort((a, b) => String(a[3]).localeCompare(String(b[3]))) };
    const r = compute(sorted);
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    expect(r.diagnostics.find((x) => x.code === "closing_entries")?.args?.count).toBe(1);
  });

  it("keys entries by journal and number: a sales entry numbered like the closing one still counts", () => {
    const t = fec([
      ["CL", "2", "20251231", "706000", "Solde des comptes", "1500,00", "0,00"],
      ["CL", "2", "20251231", "129000", "Solde des comptes", "0,00", "1500,00"],
    ]);
    const r = compute(t);
    // VE 2 (the 1 000 invoice) is not CL 2.
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
  });

  it("in a ledger extract of class 7 only, proven by its label 'Clôture de l'exercice' (not a fence's 'Pose de clôture')", () => {
    const t: RawTable = {
      headers: ["Compte", "Date", "Journal", "N° écriture", "Libellé", "Débit", "Crédit"],
      rows: [
        ["706000", "15/11/2025", "VE", "VE001", "Pose de clôture jardin", "", "1000,00"],
        ["706000", "10/12/2025", "VE", "VE002", "Clôture bois", "", "500,00"],
        ["706000", "31/12/2025", "CL", "CL001", "Clôture de l'exercice", "1500,00", ""],
      ],
      firstRow: 2,
      source: "grand-livre.csv",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    expect(r.diagnostics.find((x) => x.code === "closing_entries")?.row).toBe(4);
  });
});

describe("closing labels that are no closing (round 21)", () => {
  const ledger = (
    rows: CellValue[][],
    headers = ["Date", "Journal", "Pièce", "Compte", "Libellé", "Débit", "Crédit"],
  ): RawTable => ({
    headers,
    rows,
    firstRow: 2,
    source: "ventes.csv",
  });

  it("an accounting firm's fee 'Clôture de l'exercice' is a sale: credited, or with its customer's line", () => {
    // The accountant's figure: both fees, 2 400 + 1 500.
    const credited = ledger([
      ["22/01/2025", "VT", "F0001", "706000", "Clôture de l'exercice", "", "2 400,00"],
      ["27/02/2025", "VT", "F0002", "706000", "Tenue comptable", "", "1 500,00"],
    ]);
    expect(compute(credited).totals.caop.toFixed(2)).toBe("3900.00");
    // Its credit note, debited with the customer's 411 in the same entry, still subtracts.
    const withNote = ledger([
      ...credited.rows,
      ["28/02/2025", "VT", "A0001", "706000", "Clôture de l'exercice (avoir)", "400,00", ""],
      ["28/02/2025", "VT", "A0001", "411000", "Clôture de l'exercice (avoir)", "", "480,00"],
    ]);
    expect(compute(withNote).totals.caop.toFixed(2)).toBe("3500.00");
    // A fee named after the work, "Honoraires clôture de l'exercice", never starts like a closing.
    const fee = ledger([
      ["22/01/2025", "VT", "F3", "706000", "Honoraires clôture de l'exercice", "100,00", ""],
    ]);
    expect(compute(fee).diagnostics.map((d) => d.code)).not.toContain("closing_entries");
  });

  it("a ledger extract without entry numbers: the debited revenue line 'Clôture de l'exercice' is the closing", () => {
    const t = ledger(
      [
        ["10/01/2024", "706000", "Facture 1", "", "100,00"],
        ["10/02/2024", "706000", "Facture 2", "", "50,00"],
        ["31/12/2024", "706000", "Clôture de l'exercice", "150,00", ""],
      ],
      ["Date", "Compte", "Libellé", "Débit", "Crédit"],
    );
    expect(compute(t).totals.caop.toFixed(2)).toBe("150.00");
    // A cut-off under a closing's words ("… : produits constatés d'avance") is a deduction, not the closing.
    const pca = ledger(
      [
        ...t.rows.slice(0, 2),
        ["31/12/2024", "706000", "Clôture de l'exercice : produits constatés d'avance", "30,00", ""],
      ],
      ["Date", "Compte", "Libellé", "Débit", "Crédit"],
    );
    expect(compute(pca).totals.caop.toFixed(2)).toBe("120.00");
  });
});

describe("closing entries keyed by a journal column read as the document type (review)", () => {
  it("a closing entry numbered 1 in OD leaves the sales journal's piece 1 counted", () => {
    const t: RawTable = {
      headers: ["Date", "Journal", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"],
      rows: [
        ["10/01/2025", "VT", "1", "706000", "Facture Dupont", "", "1000,00"],
        ["12/01/2025", "VT", "2", "706000", "Facture Martin", "", "500,00"],
        ["31/12/2025", "OD", "1", "706000", "Solde des comptes", "1500,00", ""],
        ["31/12/2025", "OD", "1", "120000", "Solde des comptes", "", "1500,00"],
      ],
      firstRow: 2,
      source: "journal.csv",
    };
    expect(compute(t).totals.caop.toFixed(2)).toBe("1500.00");
  });
});
