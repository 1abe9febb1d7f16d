/** ERP ledgers and invoice journals whose account or amount column is named by the ERP (round 26a). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";

describe("Infor M3's general ledger (Accounting dimension 1 = the account)", () => {
  it("reads the sales by their account: credits negative in Recorded amount", () => {
    // Voucher 1: 706100 −1000.00 (credit), 445710 −200.00, 411000 +1200.00.
    // Voucher 2: a credit note on 706100 +250.00 (debit). CA OP = 1000.00 − 250.00 = 750.00.
    const r = compute(
      table(
        [
          "Accounting date",
          "Accounting dimension 1",
          "Accounting dimension 2",
          "Recorded amount",
          "Voucher text",
        ],
        [
          ["20250110", "706100", "BU10", "-1000.00", "Invoice 1001"],
          ["20250110", "445710", "BU10", "-200.00", "VAT"],
          ["20250110", "411000", "", "1200.00", "ACME"],
          ["20250212", "706100", "BU10", "250.00", "Credit note 1002"],
          ["20250212", "445710", "BU10", "50.00", "VAT"],
          ["20250212", "411000", "", "-300.00", "ACME"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("750.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "1000.00"],
      ["2025-02", "-250.00"],
    ]);
  });
});

describe("Dynamics 365's sales invoice journal", () => {
  it("reads the invoice amount less its sales tax, the invoice account being the customer", () => {
    // Invoice amounts include the sales tax: (1200 − 200) + (600 − 100) + (−120 − (−20)) = 1000 + 500 − 100 = 1400.00.
    const r = compute(
      table(
        ["Invoice", "Date", "Invoice account", "Sales order", "Sales tax amount", "Invoice amount"],
        [
          ["FRINV-1", "2025-01-10", "100234", "SO-1", "200.00", "1200.00"],
          ["FRINV-2", "2025-01-15", "100311", "SO-2", "100.00", "600.00"],
          ["FRINV-3", "2025-01-20", "100452", "SO-3", "-20.00", "-120.00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1400.00");
  });
});

describe("Oracle's concatenated account strings: read by their natural-account segment", () => {
  const EBS = [
    "Period",
    "Effective Date",
    "Account",
    "Line Description",
    "Currency",
    "Entered Dr",
    "Entered Cr",
    "Accounted Dr",
    "Accounted Cr",
  ];
  const ebs = table(EBS, [
    ["Jan-25", "10-JAN-2025", "101.000.706100.0000.000", "Invoice 1001", "USD", "", "1100.00", "", "1000.00"],
    ["Jan-25", "10-JAN-2025", "101.000.445710.0000.000", "VAT", "USD", "", "220.00", "", "200.00"],
    ["Jan-25", "10-JAN-2025", "101.000.411000.0000.000", "ACME", "USD", "1320.00", "", "1200.00", ""],
    ["Feb-25", "03-FEB-2025", "101.000.707100.0000.000", "Invoice 1002", "EUR", "", "500.00", "", "500.00"],
    ["Feb-25", "03-FEB-2025", "101.000.411000.0000.000", "BETA", "EUR", "500.00", "", "500.00", ""],
    ["Feb-25", "20-FEB-2025", "101.000.709000.0000.000", "Rebate ACME", "EUR", "50.00", "", "50.00", ""],
    ["Feb-25", "20-FEB-2025", "101.000.411000.0000.000", "ACME", "EUR", "", "50.00", "", "50.00"],
  ]);

  it("EBS (dots): the third segment is the account; the accounted amounts are read", () => {
    // Accounted (the ledger's EUR): 706100 credit 1000.00 (January); 707100 credit 500.00 and
    // 709000 debit 50.00 (February). CA OP = 1000.00 + 500.00 − 50.00 = 1450.00.
    const r = compute(ebs);
    expect(r.totals.caop.toFixed(2)).toBe("1450.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "1000.00"],
      ["2025-02", "450.00"],
    ]);
    const d = r.diagnostics.find((x) => x.code === "account_segments");
    expect([d?.row, d?.column, d?.value, d?.args?.position, d?.args?.account]).toEqual([
      2,
      "Account",
      "101.000.706100.0000.000",
      3,
      "706100",
    ]);
  });

  it("EBS (dashes), two segments, streamed: a chunk without an account of another class reads as the first proved", async () => {
    // Same entries written 101-706100: CA OP = 1450.00, whole and in chunks of 3 / 1 / 1 / rest
    // (the fourth row alone, 707100, proves nothing by itself).
    const dashed = {
      ...ebs,
      rows: ebs.rows.map((row) =>
        row.map((c, i) =>
          i === 2
            ? String(c)
                .replace("101.000.", "101-")
                .replace(/\.0000\.000$/, "")
            : c,
        ),
      ),
    };
    expect(compute(dashed).totals.caop.toFixed(2)).toBe("1450.00");
    const r = await computeChunks(source(split(dashed, [3, 1, 1])));
    expect(r.totals.caop.toFixed(2)).toBe("1450.00");
    expect(r.diagnostics.filter((x) => x.code === "account_segments")).toHaveLength(1);
  });

  it("Fusion: FR01-706100-0000-000 beside Entered / Accounted Amount, Accounting Period / Date", () => {
    // Accounted Amount (EUR, credits negative): 706100 −1000.00, 445710 −200.00, 411000 +1200.00 on
    // 2025-01-31 (its period Jan-25); a credit note 706100 +100.00 on 2025-02-02. CA OP = 1000.00 − 100.00 = 900.00
    // (the Entered Amount in USD, −1100.00 / +110.00, would give 990.00).
    const r = compute(
      table(
        [
          "Accounting Period",
          "Accounting Date",
          "Account",
          "Line Description",
          "Entered Currency",
          "Entered Amount",
          "Accounted Amount",
        ],
        [
          ["Jan-25", "2025-01-31", "FR01-706100-0000-000", "Invoice 1001", "USD", "-1100.00", "-1000.00"],
          ["Jan-25", "2025-01-31", "FR01-445710-0000-000", "VAT", "USD", "-220.00", "-200.00"],
          ["Jan-25", "2025-01-31", "FR01-411000-0000-000", "ACME", "USD", "1320.00", "1200.00"],
          ["Feb-25", "2025-02-02", "FR01-706100-0000-000", "Credit note 1002", "USD", "110.00", "100.00"],
          ["Feb-25", "2025-02-02", "FR01-445710-0000-000", "VAT", "USD", "22.00", "20.00"],
          ["Feb-25", "2025-02-02", "FR01-411000-0000-000", "ACME", "USD", "-132.00", "-120.00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("900.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "1000.00"],
      ["2025-02", "-100.00"],
    ]);
    expect(r.diagnostics.find((x) => x.code === "account_segments")?.args?.account).toBe("706100");
  });

  it("a PCG column with sub-accounts (411-DUPONT) or plain numbers proves no segment", () => {
    // 706000 credit 1000.00 is the sale; 411-DUPONT is the customer. CA OP = 1000.00, no segment reading.
    const r = compute(
      table(
        ["Date", "Compte", "Libellé", "Débit", "Crédit"],
        [
          ["15/01/2025", "411-DUPONT", "Facture 1", "1200,00", ""],
          ["15/01/2025", "706000", "Facture 1", "", "1000,00"],
          ["15/01/2025", "445710", "Facture 1", "", "200,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
    expect(r.diagnostics.map((x) => x.code)).not.toContain("account_segments");
  });
});
