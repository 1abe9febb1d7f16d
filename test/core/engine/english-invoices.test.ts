/**
 * English invoice exports as they come out (round 25a): Xero's Invoices export and Receivable Invoice
 * Detail, FreshBooks' invoice details, MYOB AccountRight's item sales. Expected figures are the
 * accountant's, written from each file before the code read it.
 */
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { table } from "./chunking";

const XERO = [
  "ContactName",
  "InvoiceNumber",
  "InvoiceDate",
  "Total",
  "TaxTotal",
  "Description",
  "Quantity",
  "UnitAmount",
  "Discount",
  "LineAmount",
  "AccountCode",
  "TaxType",
  "TaxAmount",
  "Currency",
  "Type",
  "Status",
];

describe("Xero's Invoices export", () => {
  it("a tax-inclusive organisation: LineAmount less its TaxAmount", () => {
    // Total = Σ LineAmount (1 200 with 200 of VAT): HT 1 000 + 500 + 300 = 1 800.
    const t = table(XERO, [
      [
        "Dupont",
        "INV-1",
        "14/01/2025",
        "1200.00",
        "200.00",
        "Consulting",
        "2.0000",
        "600.00",
        "",
        "1200.00",
        "200",
        "20% (VAT on Income)",
        "200.00",
        "EUR",
        "Sales invoice",
        "PAID",
      ],
      [
        "Parc",
        "INV-2",
        "03/02/2025",
        "600.00",
        "100.00",
        "Support",
        "1.0000",
        "600.00",
        "",
        "600.00",
        "200",
        "20% (VAT on Income)",
        "100.00",
        "EUR",
        "Sales invoice",
        "PAID",
      ],
      [
        "Parc",
        "INV-3",
        "11/03/2025",
        "360.00",
        "60.00",
        "Training",
        "1.0000",
        "360.00",
        "",
        "360.00",
        "200",
        "20% (VAT on Income)",
        "60.00",
        "EUR",
        "Sales invoice",
        "AUTHORISED",
      ],
    ]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1800.00");
    expect(r.diagnostics.map((d) => d.code)).toContain("amount_includes_vat");
  });

  it("AccountCode in Xero's chart: 200 Sales counted, 260 Other Revenue and 270 Interest Income not", () => {
    // 1 000 (200) + 500 (200) = 1 500; the sublet rent on 260 (800) and the interest on 270 (50) excluded.
    const t = table(XERO, [
      [
        "Dupont",
        "INV-1",
        "14/01/2025",
        "2160.00",
        "360.00",
        "Consulting",
        "2.0000",
        "500.00",
        "",
        "1000.00",
        "200",
        "20% (VAT on Income)",
        "200.00",
        "EUR",
        "Sales invoice",
        "PAID",
      ],
      [
        "Dupont",
        "INV-1",
        "14/01/2025",
        "2160.00",
        "360.00",
        "Sublet office rent",
        "1.0000",
        "800.00",
        "",
        "800.00",
        "260",
        "20% (VAT on Income)",
        "160.00",
        "EUR",
        "Sales invoice",
        "PAID",
      ],
      [
        "Parc",
        "INV-2",
        "03/02/2025",
        "650.00",
        "100.00",
        "Support",
        "1.0000",
        "500.00",
        "",
        "500.00",
        "200",
        "20% (VAT on Income)",
        "100.00",
        "EUR",
        "Sales invoice",
        "PAID",
      ],
      [
        "Parc",
        "INV-2",
        "03/02/2025",
        "650.00",
        "100.00",
        "Late payment interest",
        "1.0000",
        "50.00",
        "",
        "50.00",
        "270",
        "No VAT",
        "0.00",
        "EUR",
        "Sales invoice",
        "PAID",
      ],
    ]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    expect(r.totals.excluded.non_core.amount.toFixed(2)).toBe("800.00");
    expect(r.totals.excluded.financial.amount.toFixed(2)).toBe("50.00");
    const note = r.diagnostics.find((d) => d.code === "account_chart_xero");
    expect(note).toMatchObject({ row: 2, column: "AccountCode", value: "200" });
  });

  it("a French company's Xero export with PCG accounts (706000) is read in the PCG (round 24a)", () => {
    // 706000 and 707000 are PCG sales: 1 000 + 500 = 1 500 (Xero's chart would read them as no revenue).
    const row = (account: string, amount: string, label: string) => [
      "Dupont",
      "INV-1",
      "14/01/2025",
      "1800.00",
      "300.00",
      label,
      "1.0000",
      amount,
      "",
      amount,
      account,
      "20% (VAT on Income)",
      "0.00",
      "EUR",
      "Sales invoice",
      "PAID",
    ];
    const r = compute(
      table(XERO, [row("706000", "1000.00", "Conseil"), row("707000", "500.00", "Marchandises")]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("account_chart_xero");
  });

  it("an AccountCode elsewhere is not read in Xero's chart", () => {
    // Without Xero's own headers (LineAmount, TaxType, UnitAmount), no Xero chart.
    const m = detectMapping(["Date", "AccountCode", "Amount"]);
    expect(m.accountChart).toBeUndefined();
  });
});

describe("Xero's Receivable Invoice Detail", () => {
  const HEAD = [
    "Invoice Date",
    "Source",
    "Reference",
    "Contact",
    "Description",
    "Quantity",
    "Unit Price",
    "Discount %",
    "Account",
    "Tax Rate",
    "Net (EUR)",
    "Tax (EUR)",
    "Gross (EUR)",
    "Invoice Status",
  ];

  it("Gross is Net plus Tax: the Net is read, its discount not taken off again", () => {
    // 2 × 500 less 10 % = 900; 500; the credit note −100: 1 300.
    const t = table(HEAD, [
      [
        "14 Jan 2025",
        "Receivable Invoice",
        "INV-1",
        "Dupont",
        "Consulting",
        "2.00",
        "500.00",
        "10.00",
        "Sales",
        "20% (VAT on Income)",
        "900.00",
        "180.00",
        "1080.00",
        "Paid",
      ],
      [
        "03 Feb 2025",
        "Receivable Invoice",
        "INV-2",
        "Parc",
        "Support",
        "1.00",
        "500.00",
        "",
        "Sales",
        "20% (VAT on Income)",
        "500.00",
        "100.00",
        "600.00",
        "Awaiting Payment",
      ],
      [
        "11 Mar 2025",
        "Receivable Credit Note",
        "CN-3",
        "Parc",
        "Support",
        "1.00",
        "100.00",
        "",
        "Sales",
        "20% (VAT on Income)",
        "-100.00",
        "-20.00",
        "-120.00",
        "Paid",
      ],
    ]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1300.00");
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("net_mismatch");
    expect(r.diagnostics.find((d) => d.code === "gross_with_tax")).toMatchObject({
      row: 2,
      column: "Gross (EUR)",
      value: "1080.00",
    });
  });

  it("a discounted line is the cent Xero invoiced, never three decimals", () => {
    // 3 × 33.33 = 99.99 less 5 % = 94.9905, invoiced 94.99 (Net): CA OP 94.99.
    const t = table(HEAD, [
      [
        "14 Jan 2025",
        "Receivable Invoice",
        "INV-1",
        "Dupont",
        "Consulting",
        "3.00",
        "33.33",
        "5.00",
        "Sales",
        "20% (VAT on Income)",
        "94.99",
        "19.00",
        "113.99",
        "Paid",
      ],
    ]);
    expect(compute(t).totals.caop.toFixed(3)).toBe("94.990");
  });
});

describe("FreshBooks' invoice details", () => {
  it("Line Subtotal (Rate × Quantity) less the Discount Percentage; Line Total (with tax) not read", () => {
    // 100 × 10 = 1 000 less 10 % = 900; 100 × 5 = 500: 1 400 (Line Total 1 080 and 600 are TTC).
    const t = table(
      [
        "Client Name",
        "Invoice #",
        "Date Issued",
        "Invoice Status",
        "Item Name",
        "Rate",
        "Quantity",
        "Discount Percentage",
        "Line Subtotal",
        "Tax 1 Type",
        "Tax 1 Amount",
        "Line Total",
        "Currency",
      ],
      [
        [
          "Decathlon",
          "0000001",
          "01/14/2025",
          "paid",
          "Design",
          "100.00",
          "10",
          "10",
          "1000.00",
          "VAT",
          "180.00",
          "1080.00",
          "EUR",
        ],
        [
          "Parc",
          "0000002",
          "02/03/2025",
          "sent",
          "Development",
          "100.00",
          "5",
          "0",
          "500.00",
          "VAT",
          "100.00",
          "600.00",
          "EUR",
        ],
      ],
    );
    expect(compute(t).totals.caop.toFixed(2)).toBe("1400.00");
  });
});

describe("MYOB AccountRight's item sales", () => {
  it("GST Amount is the tax, Total (ex-GST) the sale", () => {
    // 125.00 + 584.10 = 709.10 (GST 12.50 and 58.41 beside them).
    const t = table(
      [
        "Co./Last Name",
        "Invoice #",
        "Date",
        "Item Number",
        "Quantity",
        "Description",
        "Price",
        "Discount",
        "Total",
        "Inc-Tax Total",
        "Tax Code",
        "GST Amount",
        "Sale Status",
      ],
      [
        [
          "Bayview",
          "00010001",
          "14/01/2025",
          "WIDG-100",
          "10",
          "Widget",
          "12.50",
          "0%",
          "125.00",
          "137.50",
          "GST",
          "12.50",
          "I",
        ],
        [
          "Metro",
          "00010002",
          "03/02/2025",
          "PUMP-3",
          "1",
          "Pump",
          "649.00",
          "10%",
          "584.10",
          "642.51",
          "GST",
          "58.41",
          "I",
        ],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("709.10");
    expect(detectMapping(t.headers).mapping.vat_amount).toBe(11);
  });

  const HEAD = [
    "Co./Last Name",
    "Invoice #",
    "Date",
    "Quantity",
    "Price",
    "Discount",
    "Total",
    "Inc-Tax Total",
    "GST Amount",
    "Sale Status",
    "Currency Code",
  ];

  it("a $ beside Currency Code AUD is the Australian dollar, not two currencies", () => {
    // $125.00 + $584.10 = 709.10 AUD.
    const t = table(HEAD, [
      ["Bayview", "00010001", "14/01/2025", "10", "$12.50", "0%", "$125.00", "$137.50", "$12.50", "I", "AUD"],
      ["Metro", "00010002", "03/02/2025", "1", "$649.00", "10%", "$584.10", "$642.51", "$58.41", "I", "AUD"],
    ]);
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.currency]).toEqual(["709.10", "AUD"]);
    expect(r.diagnostics.find((d) => d.code === "dollar_of_currency_column")).toMatchObject({
      row: 2,
      column: "Currency Code",
      value: "AUD",
    });
  });

  it("a cell writing USD beside AUD stays two currencies", () => {
    const t = table(HEAD, [
      ["Bayview", "00010001", "14/01/2025", "10", "12.50", "0%", "USD 125.00", "137.50", "12.50", "I", "AUD"],
    ]);
    expect(() => compute(t)).toThrow(/AUD, USD/);
  });

  it("the Total beside its Inc-Tax Total is the sale, never Non-GST, LCT or the Amount Paid", () => {
    const m = detectMapping([
      "Co./Last Name",
      "Invoice #",
      "Date",
      "Item Number",
      "Quantity",
      "Price",
      "Inc-Tax Price",
      "Discount",
      "Total",
      "Inc-Tax Total",
      "Tax Code",
      "Non-GST Amount",
      "GST Amount",
      "LCT Amount",
      "Sale Status",
      "Currency Code",
      "Amount Paid",
    ]);
    expect([m.mapping.amount, m.mapping.vat_amount]).toEqual([8, 12]);
  });

  // Round 28b (outside) T02: MYOB's service sales with its own chart (x-xxxx numbers).
  const SERVICE = [
    "Co./Last Name",
    "Invoice #",
    "Date",
    "Description",
    "Account #",
    "Amount",
    "Inc-Tax Amount",
    "GST Amount",
  ];
  const service = (account: (a: string) => string) =>
    table(SERVICE, [
      [
        "Smith Legal",
        "00000301",
        "3/03/2025",
        "Website maintenance",
        account("4-1100"),
        "$1,200.00",
        "$1,320.00",
        "$120.00",
      ],
      [
        "Smith Legal",
        "00000302",
        "10/03/2025",
        "SEO audit",
        account("4-1200"),
        "$850.00",
        "$935.00",
        "$85.00",
      ],
      [
        "Jones Dental",
        "00000303",
        "14/03/2025",
        "Interest on overdue account",
        account("8-1000"),
        "$35.40",
        "$35.40",
        "$0.00",
      ],
      [
        "Jones Dental",
        "00000304",
        "20/03/2025",
        "Credit - duplicate billing",
        account("4-1100"),
        "-$300.00",
        "-$330.00",
        "-$30.00",
      ],
    ]);

  it("Account # in MYOB's chart: 4-xxxx income counted, 8-xxxx other income not, said", () => {
    // 1 200 + 850 − 300 = 1 750; the interest (8-1000) is no sale.
    const r = compute(service((a) => a));
    expect(r.totals.caop.toFixed(2)).toBe("1750.00");
    expect(r.diagnostics.find((d) => d.code === "account_chart_myob")).toMatchObject({
      row: 2,
      column: "Account #",
      value: "4-1100",
    });
  });

  it("the same headers with PCG accounts (706000) stay in the PCG", () => {
    const pcg: Record<string, string> = { "4-1100": "706000", "4-1200": "706100", "8-1000": "763000" };
    const r = compute(service((a) => pcg[a]));
    expect(r.totals.caop.toFixed(2)).toBe("1750.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("account_chart_myob");
    // Without MYOB's headers, "4-1100" is no MYOB account: the French class 4 (no sale).
    const other = compute(
      table(
        ["Client", "Date", "Compte", "Montant HT"],
        [
          ["Smith", "3/03/2025", "4-1100", "1200.00"],
          ["Smith", "4/03/2025", "706000", "500.00"],
        ],
      ),
    );
    expect(other.totals.caop.toFixed(2)).toBe("500.00");
  });

  // Round 28b (outside) T01: the freight billed is revenue, once per sale; quotes and orders are no sales.
  it("Freight Amount beside Inc-Tax Freight Amount is added once per sale; Sale Status Q and O are no sales", () => {
    const head = [
      "Co./Last Name",
      "Invoice #",
      "Date",
      "Quantity",
      "Price",
      "Total",
      "Inc-Tax Total",
      "GST Amount",
    ];
    const freight = ["Freight Amount", "Inc-Tax Freight Amount", "Sale Status"];
    const t = table(
      [...head, ...freight],
      [
        [
          "Harbour",
          "00001021",
          "6/01/2025",
          "4",
          "$32.00",
          "$128.00",
          "$140.80",
          "$12.80",
          "$25.00",
          "$27.50",
          "I",
        ],
        [
          "Ridge",
          "00001022",
          "14/01/2025",
          "1",
          "$1,305.00",
          "$1,305.00",
          "$1,435.50",
          "$130.50",
          "$0.00",
          "$0.00",
          "I",
        ],
        [
          "Ridge",
          "00001022",
          "14/01/2025",
          "2",
          "$32.00",
          "$64.00",
          "$70.40",
          "$6.40",
          "$0.00",
          "$0.00",
          "I",
        ],
        [
          "Bay Deli",
          "00001023",
          "22/01/2025",
          "10",
          "$32.00",
          "$320.00",
          "$352.00",
          "$32.00",
          "$25.00",
          "$27.50",
          "Q",
        ],
        [
          "Harbour",
          "00001024",
          "3/02/2025",
          "2",
          "$48.00",
          "$96.00",
          "$105.60",
          "$9.60",
          "$0.00",
          "$0.00",
          "O",
        ],
      ],
    );
    // 128 + 25 + 1 305 + 64 = 1 522.
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1522.00");
    expect(r.diagnostics.find((d) => d.code === "shipping_once_per_invoice")).toMatchObject({
      row: 2,
      column: "Freight Amount",
    });
    // Without MYOB's Inc-Tax freight twin, a "Freight Amount" beside a Total is not added.
    const bare = table(
      ["Invoice #", "Date", "Total", "Inc-Tax Total", "Freight Amount"],
      [["1", "6/01/2025", "100.00", "110.00", "20.00"]],
    );
    expect(compute(bare).totals.caop.toFixed(2)).toBe("100.00");
  });
});
