/**
 * Platform transaction logs read by their type column (evidence/platform-types.ts): fees, payouts,
 * penalties and taxes collected are no sale; ordinary sales lists with a Type column read as before.
 * Expected figures are the accountant's, written from each table before the code read it.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";

const caop = (t: ReturnType<typeof table>): string => compute(t).totals.caop.toFixed(2);
const codes = (t: ReturnType<typeof table>): string[] => compute(t).diagnostics.map((d) => d.code);
const said = (t: ReturnType<typeof table>, code: string) =>
  compute(t)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => [d.row, d.column, d.value, d.args?.count]);

/** Vinted Pro's wallet history. */
const VINTED = ["Date", "Type", "Description", "N° de commande", "Montant", "Solde"];

describe("Vinted Pro's wallet history", () => {
  const t = table(VINTED, [
    ["02/01/2025", "Vente", "Vente : Robe", "V-1", "80,00", "80,00"],
    ["05/01/2025", "Boost", "Boost d'articles", "", "-2,95", "77,05"],
    ["09/01/2025", "Remboursement", "Remboursement : Robe", "V-1", "-80,00", "-2,95"],
    ["12/01/2025", "Vente", "Vente : Manteau", "V-2", "150,00", "147,05"],
    ["15/01/2025", "Retrait", "Retrait vers le compte bancaire", "", "-147,05", "0,00"],
    ["01/02/2025", "Dressing en vitrine", "Dressing en vitrine (7 jours)", "", "-6,95", "-6,95"],
    ["16/02/2025", "Commission", "Frais de vente Vinted Pro 5 %", "V-2", "-7,50", "-14,45"],
  ]);

  it("counts the sales less the refund; boost, showcase, commission and withdrawal are no sale", () => {
    // 80 + 150 − 80 = 150.
    expect(caop(t)).toBe("150.00");
    const note = compute(t).diagnostics.find((d) => d.code === "platform_log_types");
    expect(note?.args).toMatchObject({ sale: 2, return: 1, discount: 0, no_sale: 4, platform: "Vinted" });
    expect(note?.column).toBe("Type");
  });

  it("says a type its table does not know, row, column and value, and counts it as written", () => {
    const more = table(VINTED, [
      ...t.rows,
      ["20/02/2025", "Frais de protection", "Protection acheteurs", "", "-1,00", "-15,45"],
    ]);
    expect(caop(more)).toBe("149.00");
    expect(said(more, "platform_type_unknown")).toEqual([[9, "Type", "Frais de protection", 1]]);
  });
});

describe("ordinary lists with a Type column read as before", () => {
  it("a nature column Vente / Remise / Retrait is no platform log (nothing only Vinted writes)", () => {
    const t = table(
      ["Date", "Type", "Libellé", "Montant"],
      [
        ["02/01/2025", "Vente", "Vente comptoir", "100,00"],
        ["03/01/2025", "Remise", "Remise fidélité", "-10,00"],
        ["04/01/2025", "Remboursement", "Retour article", "-20,00"],
      ],
    );
    expect(caop(t)).toBe("70.00");
    expect(codes(t)).not.toContain("platform_log_types");
  });

  it("an agent's Commission nature beside its sales stays revenue", () => {
    const t = table(
      ["Date", "Type", "Libellé", "Montant"],
      [
        ["02/01/2025", "Vente", "Vente", "100,00"],
        ["03/01/2025", "Commission", "Commission agence", "50,00"],
        ["04/01/2025", "Retrait", "Retrait espèces", "-30,00"],
      ],
    );
    expect(codes(t)).not.toContain("platform_log_types");
  });

  it("document types Facture / Avoir read as document types", () => {
    const t = table(
      ["Date", "Type", "Client", "Montant HT"],
      [
        ["02/01/2025", "Facture", "Dupont", "1000,00"],
        ["03/01/2025", "Avoir", "Dupont", "-100,00"],
        ["04/01/2025", "Facture", "Martin", "500,00"],
      ],
    );
    expect(caop(t)).toBe("1400.00");
    expect(codes(t)).not.toContain("platform_log_types");
  });

  it("Stripe's types without the reporting_category header nor its own words read as before", () => {
    const t = table(
      ["id", "Type", "Amount", "Created (UTC)", "Description"],
      [
        ["txn_1", "charge", "120.00", "2025-01-05 10:12", "A"],
        ["txn_2", "refund", "-20.00", "2025-01-06 10:12", "B"],
        ["txn_3", "payout", "-100.00", "2025-01-07 10:12", "C"],
      ],
    );
    expect(caop(t)).toBe("100.00");
    expect(codes(t)).not.toContain("platform_log_types");
  });
});

/** Amazon's settlement report V2 (flat file), its columns that matter. */
const SETTLEMENT = [
  "settlement-id",
  "transaction-type",
  "order-id",
  "amount-type",
  "amount-description",
  "amount",
  "posted-date",
];

describe("Amazon's settlement report V2", () => {
  const rows = [
    ["1", "Order", "405-1", "ItemPrice", "Principal", "59,90", "03.02.2025"],
    ["1", "Order", "405-1", "ItemPrice", "Shipping", "3,90", "03.02.2025"],
    ["1", "Order", "405-1", "ItemPrice", "Tax", "12,76", "03.02.2025"],
    ["1", "Order", "405-1", "ItemFees", "Commission", "-9,57", "03.02.2025"],
    ["1", "Order", "405-2", "ItemPrice", "GiftWrap", "2,50", "11.02.2025"],
    ["1", "Order", "405-2", "ItemPrice", "Principal", "200,00", "11.02.2025"],
    ["1", "Order", "405-2", "Promotion", "Principal", "-20,00", "11.02.2025"],
    ["1", "Refund", "405-1", "ItemPrice", "Principal", "-59,90", "14.02.2025"],
    ["1", "Refund", "405-1", "ItemFees", "Commission", "7,66", "14.02.2025"],
    ["1", "other-transaction", "", "other-transaction", "Storage Fee", "-4,35", "17.02.2025"],
    [
      "1",
      "Current Reserve Amount",
      "",
      "other-transaction",
      "Current Reserve Amount",
      "-50,00",
      "17.02.2025",
    ],
  ];
  it("reads ItemPrice's principal, shipping and gift wrap less the promotion and the refund; tax, fees, storage and reserve are no sale", () => {
    // 59.90 + 3.90 + 2.50 + 200 − 20 − 59.90 = 186.40.
    const t = table(SETTLEMENT, rows);
    expect(caop(t)).toBe("186.40");
    const note = compute(t).diagnostics.find((d) => d.code === "platform_log_types");
    expect(note?.args).toMatchObject({ sale: 5, discount: 1, no_sale: 5 });
    expect(note?.column).toBe("amount-type / amount-description");
  });

  it("its summary row (the settlement's total, types blank) is no line, nor an empty amount", () => {
    const headers = [...SETTLEMENT, "total-amount"];
    const t = table(headers, [["1", "", "", "", "", "", "", "131,98"], ...rows.map((r) => [...r, ""])]);
    expect(caop(t)).toBe("186.40");
    expect(codes(t)).not.toContain("amount_empty");
    // The Refund's commission refund, set apart, is no positive credit note either.
    expect(codes(t)).not.toContain("credit_note_positive");
  });

  it("streamed: a chunk of fees only reads as the whole file", async () => {
    const t = table(SETTLEMENT, [...rows.slice(0, 6), rows[3], rows[9], rows[6], rows[7]]);
    const whole = compute(t).totals.caop.toFixed(2);
    expect(whole).toBe("186.40");
    const chunked = await computeChunks(source(split(t, [6, 2])));
    expect(chunked.totals.caop.toFixed(2)).toBe(whole);
  });
});

describe("Airbnb's transaction history", () => {
  const AIRBNB_FR = [
    "Date",
    "Type",
    "Code de confirmation",
    "Devise",
    "Montant",
    "Versé",
    "Frais de service",
    "Revenus bruts",
  ];
  it("reads a resolution refunded to the guest from Montant when its Revenus bruts is empty", () => {
    const t = table(AIRBNB_FR, [
      ["06/01/2025", "Réservation", "HM1", "EUR", "630,50", "", "19,50", "650,00"],
      ["09/01/2025", "Versement au co-hôte", "HM1", "EUR", "-130,00", "", "", ""],
      ["14/01/2025", "Ajustement de résolution", "HM1", "EUR", "-40,00", "", "", ""],
      ["27/01/2025", "Versement", "", "EUR", "", "460,50", "", ""],
    ]);
    // 650 − 40 = 610; the co-host's share is an expense, the payout a transfer.
    expect(caop(t)).toBe("610.00");
    expect(said(t, "platform_return_amount")).toEqual([[4, "Type", "Ajustement de résolution", 1]]);
    expect(codes(t)).not.toContain("amount_empty");
  });
});

describe("Stripe's itemized reports", () => {
  it("sets its fee apart and says an unknown category, counted as written", () => {
    const t = table(
      ["balance_transaction_id", "created_utc", "currency", "gross", "reporting_category", "description"],
      [
        ["txn_1", "2025-02-01 08:00:00", "eur", "89.00", "charge", "A"],
        ["txn_2", "2025-02-05 08:00:00", "eur", "-29.00", "fee", "Stripe Billing"],
        ["txn_3", "2025-02-06 08:00:00", "eur", "5.00", "other_adjustment", "Adjustment"],
        ["txn_4", "2025-02-07 08:00:00", "eur", "-0.35", "network_cost", "Network cost"],
      ],
    );
    expect(caop(t)).toBe("94.00");
    expect(said(t, "platform_type_unknown")).toEqual([[4, "reporting_category", "other_adjustment", 1]]);
  });
});
