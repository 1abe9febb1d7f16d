/** Value fields of a profitability report (evidence/value-fields.ts): SAP CO-PA KE24 / KE30 line items. */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

type Said = { diagnostics: { code: string; row: number; column: string; value: string }[] };
const said = (r: Said, code: string) =>
  r.diagnostics.filter((d) => d.code === code).map((d) => [d.row, d.column, d.value]);

// KE24 in French: revenue (gross), two discounts, a cash discount (escompte) and the cost of sales.
const ke24 = table(
  [
    "Période/exercice",
    "Date comptable",
    "N° pièce",
    "Client",
    "Article",
    "Chiffre d'affaires",
    "Remise client",
    "Remise quantitative",
    "Escompte",
    "Coût des ventes",
  ],
  [
    [
      "001.2025",
      "10.01.2025",
      "90000001",
      "100234",
      "MAT-01",
      "1.000,00",
      "50,00",
      "30,00",
      "10,00",
      "600,00",
    ],
    [
      "001.2025",
      "15.01.2025",
      "90000002",
      "100311",
      "MAT-02",
      "2.000,00",
      "0,00",
      "60,00",
      "0,00",
      "1.200,00",
    ],
    ["002.2025", "03.02.2025", "90000003", "100452", "MAT-03", "500,00", "25,00", "0,00", "5,00", "300,00"],
    [
      "002.2025",
      "20.02.2025",
      "90000004",
      "100234",
      "MAT-01",
      "1.200,00",
      "60,00",
      "36,00",
      "12,00",
      "720,00",
    ],
  ],
);

describe("CO-PA value fields: revenue beside its deductions, each in its own column", () => {
  it("reads the revenue gross and takes off every discount column; the escompte is no sales deduction", () => {
    // January: (1 000 − 50 − 30) + (2 000 − 60) = 920 + 1 940 = 2 860.
    // February: (500 − 25) + (1 200 − 60 − 36) = 475 + 1 104 = 1 579. CA OP = 4 439.
    // Discounts: 50 + 30 + 60 + 25 + 60 + 36 = 261. Escompte (10 + 5 + 12) and cost of sales: not read.
    const r = compute(ke24);
    const j = toJson(r);
    expect([j.caop, j.gross_sales, j.deductions.discount]).toEqual(["4439.00", "4700.00", "261.00"]);
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "2860.00"],
      ["2025-02", "1579.00"],
    ]);
    expect(said(r, "amount_value_fields")).toEqual([
      [0, "Chiffre d'affaires", "Remise client, Remise quantitative"],
    ]);
    expect(said(r, "value_field_deduction")).toEqual([[2, "Remise quantitative", "30,00"]]);
    expect(said(r, "cash_discount_unread")).toEqual([[2, "Escompte", "10,00"]]);
    expect(said(r, "net_amount")).toEqual([]);
  });

  it("reads deductions written negative (a signed KE24) the same", () => {
    const signed = table(
      ke24.headers,
      ke24.rows.map((row) => row.map((v, i) => (i >= 6 && v !== "0,00" ? `-${String(v)}` : v))),
    );
    // The same 4 700 − 261 = 4 439: a deduction subtracts its magnitude.
    expect(toJson(compute(signed)).caop).toBe("4439.00");
  });

  it("reads KE24 in English: Customer Discount a discount, Rebates a rebate, Cash Discount never one", () => {
    const en = table(
      ["Billing Date", "Customer", "Product", "Revenue", "Customer Discount", "Rebates", "Cash Discount"],
      [
        ["01/10/2025", "100234", "MAT-01", "1,000.00", "50.00", "20.00", "10.00"],
        ["01/15/2025", "100311", "MAT-02", "2,000.00", "0.00", "40.00", "20.00"],
        ["01/20/2025", "100452", "MAT-03", "500.00", "10.00", "0.00", "0.00"],
      ],
    );
    // 3 500 − discounts (50 + 10 = 60) − rebates (20 + 40 = 60) = 3 380; the cash discount 30 is financial.
    const r = compute(en);
    const j = toJson(r);
    expect(j.mapping).toMatchObject({ discount_amount: "Customer Discount", rebate_amount: "Rebates" });
    expect([j.caop, j.deductions.discount, j.deductions.rebate]).toEqual(["3380.00", "60.00", "60.00"]);
    expect(said(r, "cash_discount_unread")).toEqual([[2, "Cash Discount", "10.00"]]);
  });

  it.each([[[1]], [[2, 1]], [[3]]])(
    "streamed in chunks %j: the figures of the whole, each note once",
    async (sizes) => {
      const whole = toJson(compute(ke24));
      const r = await computeChunks(source(split(ke24, sizes)));
      expect([toJson(r).caop, toJson(r).months]).toEqual([whole.caop, whole.months]);
      for (const code of ["amount_value_fields", "value_field_deduction", "cash_discount_unread"])
        expect(said(r, code)).toHaveLength(1);
    },
  );

  it("leaves a single discount column beside an invoice's amount as before (net assumed, said), a rate column unread", () => {
    const one = table(
      ["Date", "N° facture", "Client", "Montant HT", "Remise", "Taux de remise"],
      [["10/01/2025", "F1", "Durand", "950,00", "50,00", "5 %"]],
    );
    const r = compute(one);
    // Net assumed (the data cannot tell): 950, the discount not taken off twice.
    expect(toJson(r).caop).toBe("950.00");
    expect(said(r, "net_amount")).toHaveLength(1);
    expect(said(r, "amount_value_fields")).toEqual([]);
    expect(said(r, "value_field_deduction")).toEqual([]);
  });
});

describe("a deduction's tax is no value field", () => {
  it("reads Amazon's promotional rebates, never the tax on them (round 22b)", () => {
    const t = table(
      [
        "date/heure",
        "type",
        "ventes de produits",
        "taxes sur la vente des produits",
        "rabais promotionnels",
        "taxes sur les rabais promotionnels",
        "total",
      ],
      [
        ["13/09/2025", "Commande", "100,00", "20,00", "-10,00", "-2,00", "108,00"],
        ["14/09/2025", "Commande", "50,00", "10,00", "0,00", "0,00", "60,00"],
      ],
    );
    // 100 + 50 = 150 of sales, less the 10 rebate: 140 (the rebate's 2 of tax is no deduction).
    expect(toJson(compute(t)).caop).toBe("140.00");
  });
});
