/** The year's closing entry in a journal export (evidence/closing-entries.ts). */
import { compute } from "../../../src/core/engine";
import type { RawTable } from "../../../src/core/types";

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
