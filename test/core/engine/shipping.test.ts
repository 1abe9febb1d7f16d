/**
 * Shops' sales reports (Shopify "Sales over time", EN and FR): net sales leave out the shipping
 * charged to customers, revenue all the same (PCG 7085): read with it (evidence/shipping.ts).
 * Expected figures are the accountant's: net sales + shipping.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

// EN: 2025-01: 1000 − 100 − 50 = 850 net + 40 shipping; 2025-02: 1800 + 60. CA OP 2 750.
const en = table(
  ["month", "gross_sales", "discounts", "returns", "net_sales", "shipping", "taxes", "total_sales"],
  [
    ["2025-01-01", "1000.00", "-100.00", "-50.00", "850.00", "40.00", "178.00", "1068.00"],
    ["2025-02-01", "2000.00", "-200.00", "0.00", "1800.00", "60.00", "372.00", "2232.00"],
  ],
);

// FR: gross, reductions and returns beside the net: 20 297.97 + 845.60 and 50 843.79 + 742.26.
const fr = table(
  [
    "Mois",
    "Commandes",
    "Ventes brutes",
    "Réductions",
    "Retours",
    "Ventes nettes",
    "Expédition",
    "Taxes",
    "Ventes totales",
  ],
  [
    ["2025-01", "402", "21825.77", "-654.77", "-873.03", "20297.97", "845.60", "4228.71", "25372.28"],
    ["2025-02", "715", "55264.99", "-3868.55", "-552.65", "50843.79", "742.26", "10317.21", "61903.26"],
  ],
);

describe("net sales beside the shipping billed", () => {
  it("counts the shipping with the net sales (EN report), with a note and no other diagnostic", async () => {
    for (const r of [compute(en), await computeChunks(source(split(en, [1, 1])))]) {
      expect(r.totals.caop.toFixed(2)).toBe("2750.00");
      expect(toJson(r, "en").months.map((m) => [m.period, m.caop])).toEqual([
        ["2025-01", "890.00"],
        ["2025-02", "1860.00"],
      ]);
      expect(r.diagnostics.map((d) => d.code)).toEqual(["amount_plus_shipping"]);
      expect(r.diagnostics[0].messageEn).toBe(
        'column "gross_sales": sales without the shipping charged to customers, read with that of column "shipping" (shipping billed is revenue, PCG account 7085)',
      );
    }
  });

  it("counts it when the gross is read beside the net (FR report): the net check adds it too", () => {
    const r = compute(fr);
    expect(r.totals.caop.toFixed(2)).toBe("72729.62");
    expect(r.totals.gross_sales.toFixed(2)).toBe("78678.62");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["amount_plus_shipping"]);
  });

  it("leaves an order's total and a report without shipping as they were; a dash is no shipping", () => {
    const total = table(
      ["Date", "Order", "Montant HT", "Shipping"],
      [["2025-01-03", "#1", "100.00", "5.00"]],
    );
    expect(compute(total).totals.caop.toFixed(2)).toBe("100.00");
    // A dash is no shipping; the shipping is decided by the headers (every chunk alike): a text there
    // is an unreadable amount, said with its row.
    const dash = table(
      ["Day", "Net sales", "Shipping"],
      [
        ["2025-01-03", "100.00", "—"],
        ["2025-01-04", "50.00", "5.00"],
      ],
    );
    expect(compute(dash).totals.caop.toFixed(2)).toBe("155.00");
    const carriers = table(["Day", "Net sales", "Shipping"], [["2025-01-03", "100.00", "Colissimo"]]);
    const c = compute(carriers);
    expect(c.diagnostics.find((d) => d.code === "amount_unreadable")).toMatchObject({
      row: 2,
      value: "Colissimo",
    });
    const none = table(["Day", "Net sales"], [["2025-01-03", "100.00"]]);
    expect(compute(none).diagnostics.map((d) => d.code)).not.toContain("amount_plus_shipping");
  });

  it("reads every chunk alike when the shipping of a whole chunk is blank (streamed = whole)", async () => {
    const rows = [
      ["2025-01-03", "100.00", ""],
      ["2025-01-04", "100.00", ""],
      ["2025-02-04", "50.00", "5.00"],
    ];
    const t = table(["Day", "Net sales", "Shipping"], rows);
    expect(compute(t).totals.caop.toFixed(2)).toBe("255.00");
    const streamed = await computeChunks(source(split(t, [2, 1])));
    expect(streamed.totals.caop.toFixed(2)).toBe("255.00");
  });
});

describe("Square's transactions export", () => {
  it("reads the net sales once: Gross Sales less Discounts, not Net Total (the payout after fees)", () => {
    // The accountant's figure: 45 + 20 of net sales (the gift card sold is no sale yet, the tax out).
    const t = table(
      [
        "Date",
        "Time",
        "Gross Sales",
        "Discounts",
        "Net Sales",
        "Gift Card Sales",
        "Tax",
        "Tip",
        "Partial Refunds",
        "Total Collected",
        "Fees",
        "Net Total",
      ],
      [
        [
          "01/14/2025",
          "12:00:00",
          "€50.00",
          "-€5.00",
          "€45.00",
          "€0.00",
          "€4.50",
          "€0.00",
          "€0.00",
          "€49.50",
          "-€0.82",
          "€48.68",
        ],
        [
          "01/15/2025",
          "12:00:00",
          "€20.00",
          "€0.00",
          "€20.00",
          "€50.00",
          "€2.00",
          "€1.00",
          "€0.00",
          "€73.00",
          "-€1.20",
          "€71.80",
        ],
      ],
    );
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.totals.gross_sales.toFixed(2)]).toEqual(["65.00", "70.00"]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("net_mismatch");
  });
});

// WooCommerce's order items: the order's shipping (HT) repeated on each item row of its order.
// 7001: 34.99 + 37.40 + shipping 6.90; 7002: 45.90 + 4.90; 7003: 12.00 + 24.00, no shipping.
// CA OP = 79.29 + 50.80 + 36.00 = 166.09 (January 130.09, February 36.00).
const WOO = [
  "Order ID",
  "Order Date",
  "Order Status",
  "Customer Name",
  "Item Name",
  "Quantity",
  "Item Cost",
  "Line Total",
  "Order Shipping",
];
const woo = table(WOO, [
  [
    "7001",
    "2025-01-13 10:00",
    "Completed",
    "Julie Martin",
    "Lampe LED bureau",
    "1",
    "34.99",
    "34.99",
    "6.90",
  ],
  [
    "7001",
    "2025-01-13 10:00",
    "Completed",
    "Julie Martin",
    "Colle PU D4 750 ml",
    "2",
    "18.70",
    "37.40",
    "6.90",
  ],
  [
    "7002",
    "2025-01-20 18:12",
    "Completed",
    "Paul Durand",
    "Chaise hêtre naturel",
    "1",
    "45.90",
    "45.90",
    "4.90",
  ],
  ["7003", "2025-02-03 09:00", "Completed", "Anne Petit", "Mug", "1", "12.00", "12.00", "0.00"],
  ["7003", "2025-02-03 09:00", "Completed", "Anne Petit", "Mug", "2", "12.00", "24.00", "0.00"],
]);

describe("an order's shipping repeated on its item rows", () => {
  it("counts it once per order, with a note naming a repeated row", async () => {
    // Cut after each row too: an order split across two chunks has its shipping counted once (review).
    const cuts = [[2], [1], [1, 1], [3]];
    const streamed = await Promise.all(cuts.map((c) => computeChunks(source(split(woo, c)))));
    for (const r of [compute(woo), ...streamed]) {
      expect(r.totals.caop.toFixed(2)).toBe("166.09");
      expect(toJson(r, "en").months.map((m) => [m.period, m.caop])).toEqual([
        ["2025-01", "130.09"],
        ["2025-02", "36.00"],
      ]);
      const d = r.diagnostics.filter((x) => x.code === "order_shipping_once");
      // Said once; a first chunk cut before any repeat names the order's first row.
      expect(d).toEqual([expect.objectContaining({ column: "Order Shipping", value: "6.90" })]);
      expect([2, 3]).toContain(d[0].row);
    }
    expect(compute(woo).diagnostics.find((x) => x.code === "order_shipping_once")?.row).toBe(3);
  });

  it("does not read a shipping that differs between the rows of one order as the order's", () => {
    // 7001's rows say 6.90 and 3.00: not one order-level value; the lines alone, 34.99 + 37.40.
    const t = table(WOO, [
      [
        "7001",
        "2025-01-13 10:00",
        "Completed",
        "Julie Martin",
        "Lampe LED bureau",
        "1",
        "34.99",
        "34.99",
        "6.90",
      ],
      [
        "7001",
        "2025-01-13 10:00",
        "Completed",
        "Julie Martin",
        "Colle PU D4 750 ml",
        "2",
        "18.70",
        "37.40",
        "3.00",
      ],
    ]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("72.39");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("order_shipping_once");
  });
});
