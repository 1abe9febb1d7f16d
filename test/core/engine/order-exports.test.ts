/**
 * Shops' and tills' order exports whose total is the sale written with its tax: WooCommerce's orders
 * (a refund beside a total it does not reduce), Etsy's sold orders (Order Total, not the empty
 * Adjusted Net Order Amount nor the payout after fees), a Zettle-like till report (Total TTC beside
 * quantity × unit price, a discount and the VAT). Whole = streamed in chunks.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";
import type { RawTable } from "../../../src/core/types";

/** caop, gross, discount, return of a result, to the cent. */
function figures(r: ReturnType<typeof compute>): string[] {
  const t = r.totals;
  return [t.caop, t.gross_sales, t.deductions.discount, t.deductions.return].map((d) => d.toFixed(2));
}

/** The same figures streamed in chunks of the given sizes. */
async function streamed(t: RawTable, sizes: number[]): Promise<string[]> {
  return figures(await computeChunks(source(split(t, sizes))));
}

const WOO = [
  "Order Number",
  "Order Status",
  "Order Date",
  "Customer Note",
  "Payment Method Title",
  "Cart Discount Amount",
  "Order Subtotal Amount",
  "Shipping Method Title",
  "Order Shipping Amount",
  "Order Refund Amount",
  "Order Total Amount",
  "Order Total Tax Amount",
];
const woo = table(WOO, [
  // 120 − 12 of cart discount = 108 TTC, 18 of tax: 90 HT (its discount 12 × 90 / 108 = 10 HT).
  [
    "3401",
    "Completed",
    "2025-01-10 10:00",
    "",
    "PayPal",
    "12.00",
    "120.00",
    "Colissimo",
    "0.00",
    "0.00",
    "108.00",
    "18.00",
  ],
  // Refunded whole: 60 TTC, 10 of tax, 60 refunded (50 HT): 50 − 50 = 0.
  [
    "3402",
    "Refunded",
    "2025-01-11 10:00",
    "",
    "PayPal",
    "0.00",
    "60.00",
    "Colissimo",
    "0.00",
    "60.00",
    "60.00",
    "10.00",
  ],
  // 30 + 6 of shipping = 36 TTC, 6 of tax: 30 HT.
  [
    "3403",
    "Completed",
    "2025-01-12 10:00",
    "",
    "Carte",
    "0.00",
    "30.00",
    "Colissimo",
    "6.00",
    "0.00",
    "36.00",
    "6.00",
  ],
  // 120 TTC, 20 of tax, 30 refunded (30 × 100 / 120 = 25 HT): 100 − 25 = 75.
  [
    "3404",
    "Completed",
    "2025-02-03 09:00",
    "",
    "Carte",
    "0.00",
    "120.00",
    "Colissimo",
    "0.00",
    "30.00",
    "120.00",
    "20.00",
  ],
]);

describe("WooCommerce's orders", () => {
  // caop 90 + 0 + 30 + 75 = 195; discount 10; returns 50 + 25 = 75; gross 195 + 10 + 75 = 280.
  it("takes a refund off its order's total, before tax at the order's rate (a full refund nets 0)", () => {
    const r = compute(woo);
    expect(figures(r)).toEqual(["195.00", "280.00", "10.00", "75.00"]);
    expect(r.months.find((m) => m.period === "2025-01")?.totals.caop.toFixed(2)).toBe("120.00");
  });

  it("says the total is before its refunds, with the row proving it", () => {
    const d = compute(woo).diagnostics.find((x) => x.code === "refund_outside_amount");
    expect(d).toMatchObject({ row: 3, column: "Order Total Amount" });
  });

  it("gives the same figures streamed, the proving row in the second chunk", async () => {
    expect(
      await streamed({ ...woo, rows: [woo.rows[0], woo.rows[3], woo.rows[1], woo.rows[2]] }, [2]),
    ).toEqual(["195.00", "280.00", "10.00", "75.00"]);
  });

  it("still adds a refund back to a net column that is after it (Ventes nettes | Retours)", () => {
    // A report's net sales after returns: 900 net + 100 returned = 1 000 gross, CA OP 900.
    const t = table(["Mois", "Ventes nettes", "Retours"], [["2025-01-31", "900,00", "100,00"]]);
    expect(figures(compute(t))).toEqual(["900.00", "1000.00", "0.00", "100.00"]);
  });
});

const ETSY = [
  "Sale Date",
  "Order ID",
  "Buyer User ID",
  "Number of Items",
  "Currency",
  "Order Value",
  "Coupon Code",
  "Coupon Details",
  "Discount Amount",
  "Shipping Discount",
  "Shipping",
  "Sales Tax",
  "Order Total",
  "Status",
  "Card Processing Fees",
  "Order Net",
  "Adjusted Order Total",
  "Adjusted Card Processing Fees",
  "Adjusted Net Order Amount",
  "Order Type",
  "SKU",
];
const etsy = table(ETSY, [
  // 40 + 4.50 of shipping = 44.50 (the 2.08 of card fees are an expense, not a deduction).
  [
    "01/10/25",
    "3300000001",
    "b1",
    "1",
    "EUR",
    "40.00",
    "",
    "",
    "0.00",
    "0.00",
    "4.50",
    "0.00",
    "44.50",
    "Completed",
    "2.08",
    "42.42",
    "",
    "",
    "",
    "online",
    "BJX-1",
  ],
  // 60 − 9 of coupon + 4.50 = 55.50.
  [
    "01/15/25",
    "3300000002",
    "b2",
    "1",
    "EUR",
    "60.00",
    "PROMO15",
    "15%",
    "9.00",
    "0.00",
    "4.50",
    "0.00",
    "55.50",
    "Completed",
    "2.52",
    "52.98",
    "",
    "",
    "",
    "online",
    "BJX-2",
  ],
  // 30, partly refunded: its adjusted total 20 replaces the 30 (10 refunded).
  [
    "02/02/25",
    "3300000003",
    "b3",
    "1",
    "EUR",
    "30.00",
    "",
    "",
    "0.00",
    "0.00",
    "0.00",
    "0.00",
    "30.00",
    "Completed",
    "1.35",
    "28.65",
    "20.00",
    "1.05",
    "18.95",
    "online",
    "BJX-3",
  ],
  // Refunded whole: adjusted total 0.
  [
    "02/20/25",
    "3300000004",
    "b4",
    "1",
    "EUR",
    "25.00",
    "",
    "",
    "0.00",
    "0.00",
    "0.00",
    "0.00",
    "25.00",
    "Completed",
    "1.18",
    "23.82",
    "0.00",
    "0.00",
    "0.00",
    "online",
    "BJX-4",
  ],
]);

describe("Etsy's sold orders", () => {
  // caop 44.50 + 55.50 + 20 + 0 = 120; discount 9; returns 10 + 25 = 35; gross 120 + 9 + 35 = 164
  // (= order values 40 + 60 + 30 + 25 + shipping 9).
  it("reads Order Total, its Adjusted Order Total when filled, the coupon already in it", () => {
    const r = compute(etsy);
    expect(figures(r)).toEqual(["120.00", "164.00", "9.00", "35.00"]);
    expect(r.mapping.amount).toBe(ETSY.indexOf("Order Total"));
    expect(r.mapping.net_amount).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).not.toContain("amount_empty");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("net_amount");
  });

  it("gives the same figures streamed", async () => {
    expect(await streamed(etsy, [1, 2])).toEqual(["120.00", "164.00", "9.00", "35.00"]);
  });

  it("without any adjustment, reads Order Total less its Sales Tax", () => {
    // 44.50 + 55.50 = 100, no adjusted total filled (the tester's file).
    const t = { ...etsy, rows: etsy.rows.slice(0, 2) };
    expect(figures(compute(t))).toEqual(["100.00", "109.00", "9.00", "0.00"]);
  });
});

const ZETTLE = [
  "Date",
  "Heure",
  "Numéro de reçu",
  "Vendu par",
  "Produit",
  "Quantité",
  "Prix unitaire",
  "Remise",
  "Total",
  "Taux de TVA",
  "TVA",
  "Moyen de paiement",
];
const zettle = table(ZETTLE, [
  // 2 × 29 = 58 TTC, 9.67 of VAT: 48.33 HT.
  ["10/01/2025", "10:00", "1", "Léa", "Tote bag", "2", "29,00", "0,00", "58,00", "20%", "9,67", "Carte"],
  // 1 × 16 − 2.40 = 13.60 TTC (the Total is after the discount), 2.27 of VAT: 11.33 HT; its
  // discount 2.40 × 11.33 / 13.60 = 2.00 HT.
  ["11/01/2025", "11:00", "2", "Léa", "Mug", "1", "16,00", "2,40", "13,60", "20%", "2,27", "Espèces"],
  // 3 × 2.50 = 7.50 TTC, 1.25 of VAT: 6.25 HT.
  ["12/02/2025", "12:00", "3", "Léa", "Carte postale", "3", "2,50", "0,00", "7,50", "20%", "1,25", "Carte"],
]);

describe("A Zettle-like till report (Quantité | Prix unitaire | Remise | Total | Taux de TVA | TVA)", () => {
  // caop 48.33 + 11.33 + 6.25 = 65.91; discount 2.00; gross 67.91.
  it("reads the Total after the discount, less its VAT", () => {
    const r = compute(zettle);
    expect(figures(r)).toEqual(["65.91", "67.91", "2.00", "0.00"]);
    expect(r.reading.amount).toMatchObject({ column: "Total", is: "net", by: "data" });
    expect(r.reading.vat).toMatchObject({ column: "Total", is: "ttc" });
  });

  it("gives the same figures streamed", async () => {
    expect(await streamed(zettle, [1, 1])).toEqual(["65.91", "67.91", "2.00", "0.00"]);
  });
});

describe("Etsy's sold orders with a sales tax", () => {
  it("take the tax off the Order Total, and a refund at the order's rate", () => {
    // 50 + 5 of shipping + 11 of tax = 66: 55; refunded to an adjusted 33 (half): 33 × 55 / 66 = 27.50
    // refunded before tax, 27.50 left.
    const row = [...etsy.rows[0]];
    const set = (h: string, v: string): void => {
      row[ETSY.indexOf(h)] = v;
    };
    set("Order Value", "50.00");
    set("Shipping", "5.00");
    set("Sales Tax", "11.00");
    set("Order Total", "66.00");
    set("Adjusted Order Total", "33.00");
    const r = compute(table(ETSY, [row]));
    expect(figures(r)).toEqual(["27.50", "55.00", "0.00", "27.50"]);
  });
});
