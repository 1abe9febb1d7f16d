/** ERP ledgers and invoice journals whose account or amount column is named by the ERP (round 26a). */
import { compute } from "../../../src/core/engine";
import { table } from "./chunking";

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
