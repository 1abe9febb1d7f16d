/** A numbered chart of accounts other than the PCG, read by its accounts' names (evidence/foreign-chart.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

/** QuickBooks Online's Journal with account numbers on: an invoice, then bank interest. */
const qbo = table(
  ["Date", "Transaction Type", "Num", "Name", "Memo/Description", "Account", "Debit", "Credit"],
  [
    ["01/14/2025", "Invoice", "1001", "Cool Cars", "", "1200 Accounts Receivable (A/R)", "1,080.00", ""],
    ["", "", "", "", "Custom Design", "4000 Sales of Product Income", "", "1,000.00"],
    ["", "", "", "", "", "2200 Sales Tax Payable", "", "80.00"],
    ["02/03/2025", "Deposit", "D1", "", "Interest", "1010 Checking", "12.00", ""],
    ["02/03/2025", "Deposit", "D1", "", "Interest", "8200 Interest Earned", "", "12.00"],
  ],
);

/** Business Central (W1 chart): one signed amount, debit positive, the accounts' names in their own column. */
const bc = table(
  [
    "Posting Date",
    "Document Type",
    "Document No.",
    "G/L Account No.",
    "G/L Account Name",
    "Description",
    "Amount",
  ],
  [
    ["01/14/2025", "Invoice", "103001", "2310", "Customers Domestic", "Invoice 103001", "1140.00"],
    ["01/14/2025", "Invoice", "103001", "6110", "Sales, Retail - Dom.", "Invoice 103001", "-1000.00"],
    ["01/14/2025", "Invoice", "103001", "6910", "Discount Granted", "Invoice 103001", "50.00"],
    ["01/14/2025", "Invoice", "103001", "5610", "Sales VAT 20 %", "Invoice 103001", "-190.00"],
    ["02/03/2025", "", "GJ0001", "6950", "Other Operating Income", "Regional grant", "-300.00"],
    ["02/03/2025", "", "GJ0001", "2910", "Bank, Checking", "Regional grant", "300.00"],
  ],
);

const notes = (r: {
  diagnostics: { code: string; row: number; column: string; value: string; args?: Record<string, unknown> }[];
}) =>
  r.diagnostics
    .filter((d) => d.code === "account_chart_names")
    .map((d) => [d.row, d.column, d.value, d.args?.name, d.args?.names]);

describe("a numbered chart that is not the PCG (its sales names on class 4–6 numbers)", () => {
  it("QuickBooks' 4000 Sales: the accounts are read by their names, said with the first such account", () => {
    const r = compute(qbo);
    // 4000 Sales of Product Income credited 1 000.00; 1200 A/R, 2200 sales tax, 1010 bank and 8200
    // interest (financial income) are not CA OP: 1 000.00, all in January.
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
    expect(notes(r)).toEqual([
      [3, "Account", "4000 Sales of Product Income", "Sales of Product Income", "Account"],
    ]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("account_not_pcg");
    const d = toJson(r).diagnostics.find((x) => x.code === "account_chart_names");
    expect(d?.message).toContain("lus par leur nom dans la colonne « Account »");
  });

  it("Business Central W1: 6110 Sales is sales, 6910 a discount, 6950 other operating income (PCG 75) out", () => {
    const r = compute(bc);
    // Debit positive: 6110 sales 1 000.00 less 6910 discount granted 50.00 = 950.00; 5610 is output VAT,
    // 2310 customers, 2910 bank; the 6950 grant is other operating income, not CA OP (and not PCG 695).
    expect(r.totals.caop.toFixed(2)).toBe("950.00");
    expect(notes(r)).toEqual([[3, "G/L Account No.", "6110", "Sales, Retail - Dom.", "G/L Account Name"]]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("conflict");
  });

  it("streamed in chunks: the later chunks read the names too, said once", async () => {
    const r = toJson(await computeChunks(source(split(qbo, [2, 4]))));
    expect(r.caop).toBe("1000.00");
    expect(r.diagnostics.filter((d) => d.code === "account_chart_names")).toHaveLength(1);
  });

  it("never reads a PCG file by names: 706 says sales, 487 deferred revenue stays outside class 7", () => {
    const pcg = table(
      ["Date", "Compte", "Libellé", "Débit", "Crédit"],
      [
        ["15/01/2025", "411000 Clients", "Facture 1", "1 200,00", ""],
        ["15/01/2025", "706000 Ventes de prestations", "Facture 1", "", "1 000,00"],
        ["15/01/2025", "445710 TVA collectée", "Facture 1", "", "200,00"],
        ["31/01/2025", "487000 Produits constatés d'avance", "Abonnement février", "300,00", ""],
        ["31/01/2025", "706000 Ventes de prestations", "Abonnement février", "", "-300,00"],
      ],
    );
    // PCG: 706 credited 1 000.00, then 300.00 of it deferred to February (706 debited through a
    // negative credit): 1 000.00 − 300.00 = 700.00; 411, 445 and 487 are outside class 7.
    const r = compute(pcg);
    expect(r.totals.caop.toFixed(2)).toBe("700.00");
    expect(notes(r)).toEqual([]);
  });

  it("never reads a PCG ledger by names for a charge named 'sur ventes' (review)", () => {
    // 706 Prestations de services credited 1 200 + 800 = 2 000; 624200 Transports sur ventes is a
    // charge (class 6), 411 the customer: CA OP 2 000.00, the PCG kept.
    const gl = table(
      ["N° compte", "Intitulé compte", "Date", "Libellé écriture", "Débit", "Crédit"],
      [
        ["706000", "Prestations de services", "06/01/2025", "Facture F001 Dupont", "", "1200,00"],
        ["706000", "Prestations de services", "15/01/2025", "Facture F002 Martin", "", "800,00"],
        ["624200", "Transports sur ventes", "06/01/2025", "Facture F001 Dupont", "90,00", ""],
        ["411000", "Clients", "06/01/2025", "Facture F001 Dupont", "1440,00", ""],
      ],
    );
    const r = compute(gl);
    expect(r.totals.caop.toFixed(2)).toBe("2000.00");
    expect(notes(r)).toEqual([]);
  });

  it("a user's own account mapping is kept (read as the PCG, the old warning)", () => {
    const r = compute(qbo, { mapping: { account: "Account" } });
    expect(notes(r)).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toContain("account_not_pcg");
  });
});
