/**
 * WooCommerce's order export with one row per item: the order's total and tax repeated on each item
 * row, counted once per order (evidence/order-items.ts repeatedOrderRows). Whole = streamed.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";

const HEADERS = [
  "Order Number",
  "Order Date",
  "Order Shipping Amount",
  "Order Total Tax Amount",
  "Order Total Amount",
  "Item Name",
  "Quantity",
  "Item Cost",
];

// 1001: 2 × 40 + 25 + 6 of shipping = 111 HT, 22.20 of tax, 133.20; 1002: 50 HT; 1003: 2 × 30 + 20 = 80.
const woo = table(HEADERS, [
  ["1001", "2025-01-05 10:00", "6.00", "22.20", "133.20", "Lampe", "2", "40.00"],
  ["1001", "2025-01-05 10:01", "6.00", "22.20", "133.20", "Colle", "1", "25.00"],
  ["1002", "2025-01-20 18:00", "0.00", "10.00", "60.00", "Chaise", "1", "50.00"],
  ["1003", "2025-02-03 09:00", "0.00", "16.00", "96.00", "Mug", "2", "30.00"],
  ["1003", "2025-02-03 09:00", "0.00", "16.00", "96.00", "Plateau", "1", "20.00"],
  ["1003", "2025-02-03 09:00", "0.00", "16.00", "96.00", "Note", "1", "0.00"],
]);

describe("an order's total repeated on each of its item rows", () => {
  it("counts each order once, its total less its tax", () => {
    const r = compute(woo);
    expect(r.totals.caop.toFixed(2)).toBe("241.00");
    const d = r.diagnostics.find((x) => x.code === "order_totals_repeated");
    expect(d).toMatchObject({ row: 3, column: "Order Total Amount", value: "133.20", args: { count: 3 } });
  });

  it("gives the same figure streamed, an order cut by a chunk's end", async () => {
    for (const sizes of [[1], [4], [2, 2], [5]]) {
      const r = await computeChunks(source(split(woo, sizes)));
      expect(r.totals.caop.toFixed(2)).toBe("241.00");
      expect(r.diagnostics.filter((x) => x.code === "order_totals_repeated")).toHaveLength(1);
    }
  });

  it("counts each row when an order's rows hold totals of their own", () => {
    const rows = woo.rows.map((r, i) => (i === 1 ? [...r.slice(0, 3), "5.00", "30.00", ...r.slice(5)] : r));
    const r = compute(table(HEADERS, rows));
    expect(r.diagnostics.some((x) => x.code === "order_totals_repeated")).toBe(false);
  });

  it("never reads an item's own amount so (Line Total), nor rows without an order number", () => {
    const items = table(
      ["Order Number", "Order Date", "Line Total"],
      [
        ["1001", "2025-01-05", "40.00"],
        ["1001", "2025-01-05", "40.00"],
      ],
    );
    expect(compute(items).totals.caop.toFixed(2)).toBe("80.00");
    const noNumber = table(
      ["Order Date", "Order Total Tax Amount", "Order Total Amount"],
      [
        ["2025-01-05", "8.00", "48.00"],
        ["2025-01-05", "8.00", "48.00"],
      ],
    );
    expect(compute(noNumber).totals.caop.toFixed(2)).toBe("80.00");
  });
});
