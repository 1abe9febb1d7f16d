/** One amount between a debited and a credited account (evidence/account-pair.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import type { RawTable } from "../../../src/core/types";

const banana = (headers: string[]): RawTable => ({
  headers,
  rows: [
    ["05/01/2025", "Facture 1", "411000", "706000", "1000,00"],
    ["06/01/2025", "Avoir 1", "706000", "411000", "100,00"],
    ["07/01/2025", "Encaissement", "512000", "411000", "500,00"],
    ["08/02/2025", "Facture 2", "411000", "707000", "250,00"],
    ["09/02/2025", "Cession camion", "462000", "775000", "8000,00"],
  ],
  firstRow: 2,
  source: "banana.csv",
});

describe("a journal of one amount between two accounts", () => {
  it("reads each line by its revenue side: invoices count, credit notes subtract, payments are no revenue", () => {
    // The accountant's figure: 1 000 − 100 + 250 = 1 150 (the payment is no sale, the truck sold an asset).
    const r = compute(banana(["Date", "Libellé", "Compte débit", "Compte crédit", "Montant"]));
    expect(r.totals.caop.toFixed(2)).toBe("1150.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "900.00"],
      ["2025-02", "250.00"],
    ]);
    expect(r.totals.excluded.asset_disposal.amount.toFixed(2)).toBe("8000.00");
    expect(r.diagnostics[0]).toMatchObject({
      code: "account_pair",
      column: "Compte débit",
      value: "Compte crédit",
    });
  });

  it("under English and Banana headers too, and the same streamed", async () => {
    const t = banana(["Date", "Description", "Debit account", "Credit account", "Amount"]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("1150.00");
    // Two chunks: the first line, then the others.
    const chunks = [
      { ...t, rows: t.rows.slice(0, 1) },
      { ...t, rows: t.rows.slice(1), firstRow: 3 },
    ];
    const r = await computeChunks(async function* () {
      yield* chunks;
    });
    expect(r.totals.caop.toFixed(2)).toBe("1150.00");
    expect(
      compute(banana(["Datum", "Beschreibung", "KtSoll", "KtHaben", "Betrag"]), {
        mapping: { date: "Datum", amount: "Betrag" },
      }).totals.caop.toFixed(2),
    ).toBe("1150.00");
  });

  it("leaves a table the user mapped an account for as mapped", () => {
    const r = compute(banana(["Date", "Libellé", "Compte débit", "Compte crédit", "Montant"]), {
      mapping: { account: "Compte crédit" },
    });
    expect(r.diagnostics.map((d) => d.code)).not.toContain("account_pair");
  });

  it("reads Banana's own export, account numbers under Débit | Crédit beside Montant, and CtDébit | CtCrédit", () => {
    // The accountant's figure: the 100 invoice; the 120 payment is no revenue.
    const rows = [
      ["10/01/2025", "1", "Facture 1", "411000", "706000", "100,00"],
      ["20/01/2025", "2", "Règlement", "512000", "411000", "120,00"],
    ];
    for (const [d, c] of [
      ["Débit", "Crédit"],
      ["CtDébit", "CtCrédit"],
    ]) {
      const t: RawTable = {
        headers: ["Date", "Pièce", "Description", d, c, "Montant"],
        rows,
        firstRow: 2,
        source: "banana.csv",
      };
      expect([d, compute(t).totals.caop.toFixed(2)]).toEqual([d, "100.00"]);
    }
    // Debit and credit amounts beside a Montant stay amounts.
    const amounts: RawTable = {
      headers: ["Date", "Compte", "Libellé", "Débit", "Crédit", "Montant"],
      rows: [["10/01/2025", "706000", "Facture", "", "100,00", "100,00"]],
      firstRow: 2,
      source: "gl.csv",
    };
    expect(compute(amounts).diagnostics.map((x) => x.code)).not.toContain("account_pair");
  });

  it("reads a line between two revenue accounts on both sides (706 → 708 nets out, 706 → 775 moves to a disposal)", () => {
    const t = (to: string): RawTable => ({
      headers: ["Date", "Compte débit", "Compte crédit", "Libellé", "Montant"],
      rows: [
        ["10/01/2025", "411000", "706000", "Facture 1", "100,00"],
        ["31/01/2025", "706000", to, "Reclassement", "40,00"],
      ],
      firstRow: 2,
      source: "journal.csv",
    });
    expect(compute(t("708000")).totals.caop.toFixed(2)).toBe("100.00");
    const r = compute(t("775000"));
    expect([r.totals.caop.toFixed(2), r.totals.excluded.asset_disposal.amount.toFixed(2)]).toEqual([
      "60.00",
      "40.00",
    ]);
  });
});
