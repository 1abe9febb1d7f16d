/** Third parties' codes in a column of PCG accounts (evidence/third-party-accounts.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import type { CellValue } from "../../../src/core/types";
import { source, split, table } from "./chunking";

const HEADERS = ["Date", "Journal", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"];

/** An EBP / Ciel journal: the customer's and supplier's lines on their auxiliary codes, not 411 / 401. */
const ebp = (rows: CellValue[][]) =>
  table(HEADERS, [
    ["15/01/2025", "VE", "FA1", "CDUPONT", "Facture FA1 Dupont", "1200,00", ""],
    ["15/01/2025", "VE", "FA1", "706000", "Facture FA1 Dupont", "", "1000,00"],
    ["15/01/2025", "VE", "FA1", "445710", "Facture FA1 Dupont", "", "200,00"],
    ["20/01/2025", "AC", "A1", "FMETRO", "Facture Metro", "", "600,00"],
    ["20/01/2025", "AC", "A1", "607000", "Facture Metro", "500,00", ""],
    ["20/01/2025", "AC", "A1", "445660", "Facture Metro", "100,00", ""],
    ...rows,
  ]);

const more: CellValue[][] = [
  ["10/02/2025", "VE", "FA2", "C0001", "Facture FA2 Lefèvre", "600,00", ""],
  ["10/02/2025", "VE", "FA2", "707000", "Facture FA2 Lefèvre", "", "500,00"],
  ["10/02/2025", "VE", "FA2", "445710", "Facture FA2 Lefèvre", "", "100,00"],
];

describe("third parties' codes in a column of PCG accounts", () => {
  it("are not revenue: the customer's debit and the supplier's credit leave the sales alone, and are said", () => {
    // CA OP = 706000 credit 1000.00 (January) + 707000 credit 500.00 (February) = 1500.00;
    // CDUPONT (debit 1200), FMETRO (credit 600) and C0001 (debit 600) are 411 / 401 lines.
    const r = compute(ebp(more));
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "1000.00"],
      ["2025-02", "500.00"],
    ]);
    const d = r.diagnostics.find((x) => x.code === "third_party_accounts");
    expect([d?.row, d?.column, d?.value, d?.args?.count]).toEqual([2, "Compte", "CDUPONT", 3]);
    expect(r.thirdParties).toBe("Compte");
  });

  it("a supplier's credit alone is no sale either (the silent case: no negative month to warn)", () => {
    // CA OP = 706000 credit 1000.00; FMETRO's credit of 600.00 is the supplier's, not a sale.
    const r = compute(ebp([]));
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
  });

  it("streamed: a chunk without a sales account reads its codes as the first chunk proved", async () => {
    // Chunks of 3 rows: the second (FMETRO, 607000, 445660) has no class-7 account to prove the column.
    // CA OP = 1000.00 + 500.00 = 1500.00, as whole; the note once, its count added up (3).
    const t = ebp(more);
    const r = await computeChunks(source(split(t, [3, 3])));
    expect(r.totals.caop.toFixed(2)).toBe(compute(t).totals.caop.toFixed(2));
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    const notes = r.diagnostics.filter((x) => x.code === "third_party_accounts");
    expect(notes.map((x) => [x.row, x.args?.count])).toEqual([[2, 3]]);
  });

  it("a journal written in account names (no majority of PCG numbers) is read by its names, as before", () => {
    // QuickBooks' journal: "Sales of Product Income" credit 1000.00 is the sale; receivables and sales
    // tax are read by their names as not revenue. CA OP = 1000.00, and no third-party reading.
    const r = compute(
      table(HEADERS, [
        ["15/01/2025", "GJ", "1", "Accounts Receivable", "Invoice 1", "1200,00", ""],
        ["15/01/2025", "GJ", "1", "Sales of Product Income", "Invoice 1", "", "1000,00"],
        ["15/01/2025", "GJ", "1", "Sales Tax Payable", "Invoice 1", "", "200,00"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
    expect(r.diagnostics.map((x) => x.code)).not.toContain("third_party_accounts");
  });

  it("without a class-7 number beside another class, letter codes prove nothing", () => {
    // Only 445710 and codes: the column is no proven PCG column; nothing is said of third parties.
    const r = compute(
      table(HEADERS, [
        ["15/01/2025", "VE", "FA1", "CDUPONT", "Facture FA1", "1200,00", ""],
        ["15/01/2025", "VE", "FA1", "445710", "Facture FA1", "", "200,00"],
      ]),
    );
    expect(r.diagnostics.map((x) => x.code)).not.toContain("third_party_accounts");
  });
});
