/** Shopify's orders export: Total less Taxes per order, its further line items not lines (evidence/order-items.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const HEADERS = [
  "Name",
  "Email",
  "Financial Status",
  "Currency",
  "Subtotal",
  "Shipping",
  "Taxes",
  "Total",
  "Discount Code",
  "Discount Amount",
  "Created at",
  "Lineitem quantity",
  "Lineitem name",
  "Lineitem price",
];

// A French shop: prices include VAT (Subtotal 53.10 = 2 × 15 + 29 − 5.90 of discount; Total 58.00 =
// Subtotal + 4.90 of shipping; Taxes 9.67 = 58 × 20 / 120).
const orders = table(HEADERS, [
  [
    "#1001",
    "a@x.fr",
    "paid",
    "EUR",
    "53.10",
    "4.90",
    "9.67",
    "58.00",
    "BIENVENUE10",
    "5.90",
    "2025-06-13 12:09:30 +0100",
    "2",
    "Tote bag",
    "15.00",
  ],
  [
    "#1001",
    "a@x.fr",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "2025-06-13 12:09:30 +0100",
    "1",
    "T-shirt coton bio",
    "29.00",
  ],
  [
    "#1002",
    "b@x.fr",
    "paid",
    "EUR",
    "120.00",
    "0.00",
    "20.00",
    "120.00",
    "",
    "0.00",
    "2025-07-10 10:00:00 +0100",
    "1",
    "Sweat",
    "120.00",
  ],
  [
    "#1003",
    "c@x.fr",
    "paid",
    "EUR",
    "44.00",
    "4.90",
    "8.15",
    "48.90",
    "",
    "0.00",
    "2025-07-12 13:41:34 +0100",
    "1",
    "T-shirt coton bio",
    "29.00",
  ],
  ["#1003", "c@x.fr", "", "", "", "", "", "", "", "", "2025-07-12 13:41:34 +0100", "1", "Tote bag", "15.00"],
]);

describe("Shopify's orders export", () => {
  it("reads each order's Total less its Taxes: shipping billed in, discounts out, VAT out", () => {
    const m = detectMapping(HEADERS);
    expect([m.mapping.amount, m.mapping.vat_amount, m.mapping.unit_price, m.mapping.discount_amount]).toEqual(
      [7, 6, undefined, undefined],
    );
    const j = toJson(compute(orders));
    // June 58 − 9.67; July (120 − 20) + (48.90 − 8.15).
    expect(j.caop).toBe("189.08");
    expect(j.months.map((x) => [x.period, x.caop])).toEqual([
      ["2025-06", "48.33"],
      ["2025-07", "140.75"],
    ]);
  });

  it("sets apart the further line items of an order, said once with their count, no empty-amount error", () => {
    const r = compute(orders);
    const note = r.diagnostics.filter((d) => d.code === "order_item_rows");
    expect(note.map((d) => [d.row, d.value, d.args?.count])).toEqual([[3, "#1001", 2]]);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("gives the same figure streamed, the count added up", async () => {
    const r = await computeChunks(source(split(orders, [2, 2])));
    expect(r.totals.caop.toFixed(2)).toBe("189.08");
    expect(r.diagnostics.filter((d) => d.code === "order_item_rows").map((d) => d.args?.count)).toEqual([2]);
  });

  it("takes each order's Total less its Taxes even when a basket of two rates looks tax-exclusive", () => {
    const mixed = table(HEADERS, [
      ...orders.rows.slice(0, 2),
      // A book at 5.5 % and a bookmark at 20 %: 2.01 of tax is 15.50 × 13 %, no French rate of the TTC.
      [
        "#1004",
        "d@x.fr",
        "paid",
        "EUR",
        "15.50",
        "0.00",
        "2.01",
        "15.50",
        "",
        "0.00",
        "2025-06-20 10:00:00 +0100",
        "1",
        "Livre",
        "5.00",
      ],
      [
        "#1004",
        "d@x.fr",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "2025-06-20 10:00:00 +0100",
        "1",
        "Marque-page",
        "10.50",
      ],
    ]);
    expect(compute(mixed).totals.caop.toFixed(2)).toBe("61.82");
  });

  it("leaves the user's own amount", () => {
    expect(detectMapping(HEADERS, { amount: "Subtotal" }).mapping.vat_amount).toBeUndefined();
  });
});

describe("Shopify's Refunded Amount", () => {
  it("is taken off before tax, at the order's own rate (a full refund leaves the order at 0)", () => {
    const t = table(
      [
        "Name",
        "Financial Status",
        "Subtotal",
        "Shipping",
        "Taxes",
        "Total",
        "Refunded Amount",
        "Created at",
        "Lineitem name",
      ],
      [
        // 60 TTC with 10 of tax, refunded whole: 50 − 50 = 0.
        [
          "#1001",
          "refunded",
          "60.00",
          "0.00",
          "10.00",
          "60.00",
          "60.00",
          "2025-06-13 12:09:30 +0100",
          "Tote bag",
        ],
        // 120 TTC with 20 of tax, 30 refunded (25 before tax): 100 − 25.
        [
          "#1002",
          "partially_refunded",
          "120.00",
          "0.00",
          "20.00",
          "120.00",
          "30.00",
          "2025-06-14 10:00:00 +0100",
          "Veste",
        ],
        ["#1003", "paid", "36.00", "0.00", "6.00", "36.00", "0.00", "2025-06-15 10:00:00 +0100", "Bonnet"],
      ],
    );
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.totals.deductions.return.toFixed(2)]).toEqual(["105.00", "75.00"]);
  });
});
