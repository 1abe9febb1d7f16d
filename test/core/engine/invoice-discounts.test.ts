/** A discount on the whole invoice, written on each of its lines (evidence/invoice-discounts.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const HEADERS = ["Date", "N° facture", "Compte", "Libellé", "Montant HT", "Remise globale"];
/** Three invoices: F001 (two lines, 100 off), F002 (no discount), F003 (three lines, 30 off). */
const invoices = table(HEADERS, [
  ["05/01/2025", "F001", "706000", "Conseil", "1000,00", "100,00"],
  ["05/01/2025", "F001", "706000", "Audit", "500,00", "100,00"],
  ["12/01/2025", "F002", "706000", "Formation", "900,00", ""],
  ["03/02/2025", "F003", "707000", "Licence", "200,00", "30,00"],
  ["03/02/2025", "F003", "707000", "Support", "150,00", "30,00"],
  ["03/02/2025", "F003", "707000", "Installation", "50,00", "30,00"],
]);
const codes = (r: {
  diagnostics: { code: string; row: number; value: string; args?: Record<string, unknown> }[];
}) =>
  r.diagnostics
    .filter((d) => d.code.startsWith("invoice_discount"))
    .map((d) => [d.code, d.row, d.value, d.args?.count]);

describe("an invoice discount column", () => {
  it("is its own field: a header saying the whole invoice, never the line's discount nor a rate", () => {
    const m = detectMapping([
      "Date",
      "Montant HT",
      "Remise",
      "Remise globale",
      "Entity Discount Percent",
    ]).mapping;
    expect([m.discount_amount, m.invoice_discount]).toEqual([2, 3]);
    const zoho = detectMapping([
      "Invoice Date",
      "Item Total",
      "Entity Discount Percent",
      "Entity Discount Amount",
    ]);
    expect(zoho.mapping.invoice_discount).toBe(3);
  });

  it("is counted once per invoice, on its first line, with a note", () => {
    const r = compute(invoices);
    // 1500 − 100 + 900 + 400 − 30.
    expect([
      r.totals.caop.toFixed(2),
      r.totals.gross_sales.toFixed(2),
      r.totals.deductions.discount.toFixed(2),
    ]).toEqual(["2670.00", "2800.00", "130.00"]);
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "2300.00"],
      ["2025-02", "370.00"],
    ]);
    // Not again on rows 3, 6 and 7.
    expect(codes(r)).toEqual([["invoice_discount_once", 3, "100,00", 3]]);
  });

  it("shown on the invoice's first line only is counted once too, without a note", () => {
    const first = table(HEADERS, [
      ["05/01/2025", "F001", "706000", "Conseil", "1000,00", "100,00"],
      ["05/01/2025", "F001", "706000", "Audit", "500,00", ""],
    ]);
    const r = compute(first);
    expect([r.totals.caop.toFixed(2), codes(r)]).toEqual(["1400.00", []]);
  });

  it("two different values on one invoice are both counted, with a warning naming the invoice", () => {
    const two = table(HEADERS, [
      ["05/01/2025", "F001", "706000", "Conseil", "1000,00", "100,00"],
      ["05/01/2025", "F001", "706000", "Audit", "500,00", "50,00"],
    ]);
    const r = compute(two);
    expect(r.totals.caop.toFixed(2)).toBe("1350.00");
    const d = r.diagnostics.find((x) => x.code === "invoice_discount_differs");
    expect([d?.row, d?.value, d?.args?.id, d?.severity]).toEqual([3, "50,00", "F001", "warning"]);
  });

  it("without an invoice number column is counted on each line, and a repeated value is warned", () => {
    const noId = table(
      ["Date", "Compte", "Montant HT", "Remise globale"],
      [
        ["05/01/2025", "706000", "1000,00", "100,00"],
        ["05/01/2025", "706000", "500,00", "100,00"],
      ],
    );
    const r = compute(noId);
    expect([r.totals.caop.toFixed(2), codes(r)]).toEqual([
      "1300.00",
      [["invoice_discount_no_id", 3, "100,00", undefined]],
    ]);
    const zeros = table(noId.headers, [
      ["05/01/2025", "706000", "1000,00", "0,00"],
      ["05/01/2025", "706000", "500,00", "0,00"],
    ]);
    expect(codes(compute(zeros))).toEqual([]);
  });

  it("reduces a net amount too: it is not in the lines' amounts", () => {
    const net = table(
      ["Date", "N° facture", "Compte", "Montant net HT", "Remise globale"],
      [
        ["05/01/2025", "F001", "706000", "1000,00", "100,00"],
        ["05/01/2025", "F001", "706000", "500,00", "100,00"],
      ],
    );
    expect(compute(net).totals.caop.toFixed(2)).toBe("1400.00");
  });

  it("beside a gross and a net that already takes it off (Total HT | Remise globale | Net HT): once", () => {
    const perInvoice = table(
      ["Date", "N° facture", "Client", "Total HT", "Remise globale", "Net HT"],
      [
        ["05/01/2025", "F001", "Dupont", "1000,00", "100,00", "900,00"],
        ["06/01/2025", "F002", "Martin", "2000,00", "0,00", "2000,00"],
      ],
    );
    const r = compute(perInvoice);
    expect([r.totals.caop.toFixed(2), r.totals.deductions.discount.toFixed(2)]).toEqual([
      "2900.00",
      "100.00",
    ]);
    expect(r.diagnostics.filter((d) => d.code.startsWith("net")).map((d) => d.code)).toEqual([]);
  });

  it("adds to the line's own discount", () => {
    // Montant HT beside a line discount and no unit price reads as net (SPEC 2.2): gross 1515.
    const both = table(
      ["Date", "N° facture", "Compte", "Montant HT", "Remise", "Remise globale"],
      [
        ["05/01/2025", "F001", "706000", "1000,00", "10,00", "100,00"],
        ["05/01/2025", "F001", "706000", "500,00", "5,00", "100,00"],
      ],
    );
    const r = compute(both);
    expect([r.totals.caop.toFixed(2), r.totals.deductions.discount.toFixed(2)]).toEqual([
      "1400.00",
      "115.00",
    ]);
  });

  it("read in chunks cut inside an invoice gives what the whole table gives", async () => {
    const whole = toJson(compute(invoices));
    for (const size of [1, 2, 4, 5]) {
      const sizes = Array.from({ length: Math.ceil(invoices.rows.length / size) }, () => size);
      const r = toJson(await computeChunks(source(split(invoices, sizes))));
      expect([size, r.caop, r.months, r.diagnostics]).toEqual([
        size,
        whole.caop,
        whole.months,
        whole.diagnostics,
      ]);
    }
  });
});

describe("Zoho Books' Shipping Charge, written on each line of its invoice (round 25a)", () => {
  const headers = [
    "Invoice Date",
    "Invoice Number",
    "Invoice Status",
    "Customer Name",
    "Entity Discount Amount",
    "Shipping Charge",
    "Item Name",
    "Item Total",
  ];
  // INV-1: two lines 1 000 + 200 and 25 of shipping (written twice); INV-2: 500, no shipping;
  // INV-3: three lines 100 + 50 + 30, 10 off the whole invoice and 15 of shipping (written three times).
  // CA OP = 1 200 + 25 + 500 + 180 − 10 + 15 = 1 910 (shipping billed is revenue, 7085).
  const zoho = table(headers, [
    ["2025-01-14", "INV-1", "Paid", "Decathlon SE", "0.00", "25.00", "Onboarding package", "1000.00"],
    ["2025-01-14", "INV-1", "Paid", "Decathlon SE", "0.00", "25.00", "Extra user seat", "200.00"],
    ["2025-02-03", "INV-2", "Sent", "Hôtel du Parc", "0.00", "0.00", "Extra user seat", "500.00"],
    ["2025-02-10", "INV-3", "Overdue", "SNCF", "10.00", "15.00", "API calls pack", "100.00"],
    ["2025-02-10", "INV-3", "Overdue", "SNCF", "10.00", "15.00", "Extra user seat", "50.00"],
    ["2025-02-10", "INV-3", "Overdue", "SNCF", "10.00", "15.00", "Support", "30.00"],
  ]);

  it("is added once per invoice, on its first line, said with its column, row and value", async () => {
    const r = compute(zoho);
    expect(r.totals.caop.toFixed(2)).toBe("1910.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "1225.00"],
      ["2025-02", "685.00"],
    ]);
    const said = r.diagnostics.filter((d) => d.code === "shipping_once_per_invoice");
    // Repeated with money on rows 3, 6 and 7.
    expect(said.map((d) => [d.row, d.column, d.value, d.args?.count])).toEqual([
      [2, "Shipping Charge", "25.00", 3],
    ]);
    // Streamed with INV-1 and INV-3 cut between chunks: the same figure.
    const chunked = await computeChunks(source(split(zoho, [1, 4])));
    expect(chunked.totals.caop.toFixed(2)).toBe("1910.00");
  });

  it("is not added to an invoice's or an order's total, which already holds it", () => {
    const totals = table(
      ["Invoice Date", "Invoice Number", "Customer Name", "Shipping Charge", "SubTotal"],
      [["2025-01-14", "INV-1", "Decathlon SE", "25.00", "1225.00"]],
    );
    expect(compute(totals).totals.caop.toFixed(2)).toBe("1225.00");
  });
});
