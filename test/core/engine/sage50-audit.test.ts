/**
 * Sage 50 UK's audit trail: `Type` SI/SC/SR/JC, `Nominal` (its own chart: 4000 sales, 4200 sale of
 * assets, 4900 other income), `Net`, `Tax`, and `Debit` / `Credit` from the customer's side holding
 * the gross. The Net is the sale, signed by the side holding the gross; the nominal code decides.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";

const HEADERS = [
  "No",
  "Type",
  "Account",
  "Nominal",
  "Dept",
  "Details",
  "Date",
  "Ref",
  "Net",
  "Tax",
  "T/C",
  "Debit",
  "Credit",
];
const trail = table(HEADERS, [
  // An invoice: 1 000 net, 200 of tax, 1 200 on the customer's debit: a 1 000 sale.
  [
    "1",
    "SI",
    "CUST01",
    "4000",
    "0",
    "Consulting January",
    "10/01/2025",
    "SI-1",
    "1000.00",
    "200.00",
    "T1",
    "1200.00",
    "",
  ],
  // The van sold (nominal 4200, sale of assets): set apart, 7 500.
  [
    "2",
    "SI",
    "CUST02",
    "4200",
    "0",
    "Sale of delivery van",
    "15/01/2025",
    "SI-2",
    "7500.00",
    "1500.00",
    "T1",
    "9000.00",
    "",
  ],
  // A credit note: 100 net, its 120 gross on the customer's credit: −100, a return.
  [
    "3",
    "SC",
    "CUST01",
    "4000",
    "0",
    "Credit - damaged goods",
    "20/01/2025",
    "SC-1",
    "100.00",
    "20.00",
    "T1",
    "",
    "120.00",
  ],
  // The customer's payment (bank 1200): no sale.
  [
    "4",
    "SR",
    "CUST01",
    "1200",
    "0",
    "Sales Receipt",
    "25/01/2025",
    "BACS",
    "1080.00",
    "0.00",
    "T9",
    "1080.00",
    "",
  ],
  // Interest received (nominal 4900, other income): set apart.
  [
    "5",
    "JC",
    "4900",
    "4900",
    "0",
    "Bank interest received",
    "31/01/2025",
    "JNL",
    "12.40",
    "0.00",
    "T9",
    "",
    "12.40",
  ],
  // Another invoice in February: 2 000 net, 400 of tax.
  [
    "6",
    "SI",
    "CUST03",
    "4000",
    "0",
    "Consulting February",
    "05/02/2025",
    "SI-3",
    "2000.00",
    "400.00",
    "T1",
    "2400.00",
    "",
  ],
]);

describe("Sage 50 UK's audit trail", () => {
  // caop 1 000 − 100 + 2 000 = 2 900 (January 900); gross 3 000, returns 100; the van 7 500 a disposal.
  it("reads the Net signed by the side holding the gross, the nominal code deciding", () => {
    const r = compute(trail);
    const t = r.totals;
    expect([t.caop, t.gross_sales, t.deductions.return].map((d) => d.toFixed(2))).toEqual([
      "2900.00",
      "3000.00",
      "100.00",
    ]);
    expect(r.months.find((m) => m.period === "2025-01")?.totals.caop.toFixed(2)).toBe("900.00");
    expect(t.excluded.asset_disposal.amount.toFixed(2)).toBe("7500.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("sign_convention");
  });

  it("says the Net is read, its sign from the side holding Net + Tax", () => {
    const d = compute(trail).diagnostics.find((x) => x.code === "net_beside_sides");
    expect(d).toMatchObject({ row: 2, column: "Net" });
  });

  it("gives the same figures streamed", async () => {
    const r = await computeChunks(source(split(trail, [4])));
    expect([r.totals.caop, r.totals.gross_sales].map((d) => d.toFixed(2))).toEqual(["2900.00", "3000.00"]);
  });
});
