/**
 * French order-line amounts as the software writes them (round 25b): Sage 100's discount cells
 * (cascade, per unit), lines rounded to the cent as invoiced, Odoo's Subtotal after its discount,
 * tills written TTC with their discount, a footer discount as a rate, shop exports' line totals.
 * Every expected figure is the accountant's, worked out from the rows before the code read them.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { source, split, table } from "./chunking";

type Table = ReturnType<typeof table>;
const figures = (t: Table): string[] => {
  const r = compute(t).totals;
  return [r.caop.toFixed(2), r.gross_sales.toFixed(2), r.deductions.discount.toFixed(2)];
};
const diagnostic = (t: Table, code: string) => compute(t).diagnostics.find((d) => d.code === code);

const SAGE = [
  "Type document",
  "N° pièce",
  "Date",
  "Code client",
  "Désignation",
  "Quantité",
  "P.U. HT",
  "Remise",
  "Montant HT",
];

describe("Sage 100 discount cells beside the net Montant HT", () => {
  const cascade = table(SAGE, [
    ["Facture", "FA00001", "13/01/2025", "C1001", "Table chêne", "2", "389,00", "", "778,00"],
    ["Facture", "FA00002", "14/01/2025", "C1002", "Chaise hêtre", "10", "45,90", "10,00%+5,00%", "392,45"],
    ["Facture", "FA00003", "21/01/2025", "C1003", "Lampe LED", "3", "34,99", "5,00%", "99,72"],
  ]);

  it("a cascade 10,00%+5,00% is 1 − 0,90 × 0,95 = 14,5 % of the gross, the line counted at its net", () => {
    // Nets: 778 + 392,45 + 99,72 = 1 270,17. Gross: 778 + 10 × 45,90 + 3 × 34,99 = 1 341,97.
    // Discounts: 459 − 392,45 = 66,55 (459 × 0,855 = 392,445, invoiced 392,45) + 104,97 − 99,72 = 5,25: 71,80.
    expect(figures(cascade)).toEqual(["1270.17", "1341.97", "71.80"]);
    expect(diagnostic(cascade, "discount_cascade")).toMatchObject({
      row: 3,
      column: "Remise",
      value: "10,00%+5,00%",
      args: { rate: "14,5" },
    });
  });

  it("a cascade read in chunks is read as the whole file", async () => {
    const r = await computeChunks(source(split(cascade, [1, 2])));
    expect(r.totals.caop.toFixed(2)).toBe("1270.17");
  });

  it("a discount per unit 2,00U is 2 € off each unit: 10 × 45,90 − 10 × 2 = 439,00", () => {
    const t = table(SAGE, [
      ["Facture", "FA00001", "13/01/2025", "C1001", "Table chêne", "2", "389,00", "", "778,00"],
      ["Facture", "FA00002", "14/01/2025", "C1002", "Chaise hêtre", "10", "45,90", "2,00U", "439,00"],
      ["Facture", "FA00003", "21/01/2025", "C1003", "Lampe LED", "3", "34,99", "", "104,97"],
    ]);
    // 778 + 439 + 104,97 = 1 321,97; gross 778 + 459 + 104,97 = 1 341,97; discount 20,00.
    expect(figures(t)).toEqual(["1321.97", "1341.97", "20.00"]);
    expect(diagnostic(t, "discount_per_unit")).toMatchObject({ row: 3, column: "Remise", value: "2,00U" });
    expect(diagnostic(t, "amount_unreadable")).toBeUndefined();
  });

  it("a discount cell that cannot be read beside a net amount: the line counts at its net, said", () => {
    const t = table(SAGE, [
      ["Facture", "FA00001", "13/01/2025", "C1001", "Table chêne", "2", "389,00", "5,00%", "739,10"],
      [
        "Facture",
        "FA00002",
        "14/01/2025",
        "C1002",
        "Chaise hêtre",
        "10",
        "45,90",
        "voir conditions",
        "392,45",
      ],
    ]);
    // 778 less 5 % = 739,10 proves Montant HT net; the second line counts 392,45: 1 131,55.
    expect(compute(t).totals.caop.toFixed(2)).toBe("1131.55");
    expect(diagnostic(t, "discount_unreadable_net")).toMatchObject({
      row: 3,
      column: "Remise",
      value: "voir conditions",
      severity: "warning",
      args: { net: "Montant HT" },
    });
  });

  it("a discount cell that cannot be read beside a gross amount still leaves the line out (its net is unknown)", () => {
    const t = table(
      ["Date", "Désignation", "Quantité", "P.U. HT", "Remise", "Montant brut"],
      [
        ["13/01/2025", "Table chêne", "2", "389,00", "5,00%", "778,00"],
        ["14/01/2025", "Chaise hêtre", "10", "45,90", "voir conditions", "459,00"],
      ],
    );
    // 778 less 5 % = 739,10; the second line is out.
    expect(compute(t).totals.caop.toFixed(2)).toBe("739.10");
    expect(diagnostic(t, "amount_unreadable")).toMatchObject({ row: 3, value: "voir conditions" });
  });
});

describe("line amounts rounded to the cent as the invoice writes them", () => {
  const ODOO = [
    "Invoice/Bill Date",
    "Number",
    "Partner",
    "Label",
    "Account",
    "Quantity",
    "Unit Price",
    "Discount (%)",
    "Subtotal",
  ];
  const odoo = table(ODOO, [
    [
      "2025-01-13",
      "INV/2025/00001",
      "Menuiserie Leroy",
      "Boîte vis inox",
      "707000 Ventes de marchandises",
      "3.00",
      "12.35",
      "15.00",
      "31.49",
    ],
    [
      "2025-01-14",
      "INV/2025/00002",
      "Hôtel du Lac",
      "Lampe LED",
      "707000 Ventes de marchandises",
      "1.00",
      "34.99",
      "5.00",
      "33.24",
    ],
    [
      "2025-01-21",
      "INV/2025/00003",
      "Cabinet Lambert",
      "Colle PU",
      "707000 Ventes de marchandises",
      "1.00",
      "18.70",
      "15.00",
      "15.90",
    ],
  ]);

  it("Odoo's Subtotal beside Quantity × Unit Price and Discount (%) is read, proven after the discount", () => {
    // 3 × 12,35 × 0,85 = 31,4925 → 31,49; 34,99 × 0,95 = 33,2405 → 33,24; 18,70 × 0,85 = 15,895 → 15,90.
    // CA OP 80,63; gross 37,05 + 34,99 + 18,70 = 90,74; discounts 90,74 − 80,63 = 10,11.
    expect(detectMapping(ODOO).mapping.amount).toBe(8);
    expect(figures(odoo)).toEqual(["80.63", "90.74", "10.11"]);
    expect(compute(odoo).reading.amount).toMatchObject({ column: "Subtotal", is: "net", by: "data" });
  });

  it("Odoo's French Sous-total is the same amount", () => {
    const fr = table(
      ["Date de facturation", "Numéro", "Libellé", "Quantité", "Prix unitaire", "Remise (%)", "Sous-total"],
      odoo.rows.map((r) => [r[0], r[1], r[3], r[5], r[6], r[7], r[8]]),
    );
    expect(figures(fr)).toEqual(["80.63", "90.74", "10.11"]);
  });

  it("a Subtotal beside a discount without quantity and unit price is still not read", () => {
    const m = detectMapping(["Invoice Date", "Customer", "Discount", "Subtotal"]).mapping;
    expect(m.amount).toBeUndefined();
  });

  it("EBP's Quantité × PU HT less Remise %, no amount column: each line rounded to the cent", () => {
    const t = table(
      ["Type", "N° document", "Date", "Nom client", "Désignation", "Quantité", "PU HT", "Remise %"],
      [
        ["FA", "FA00001", "13/01/2025", "Menuiserie Leroy", "Boîte vis inox", "3,00", "12,35", "15,00"],
        ["FA", "FA00002", "14/01/2025", "Hôtel du Lac", "Lampe LED", "1,00", "34,99", "5,00"],
        ["FA", "FA00003", "21/01/2025", "Cabinet Lambert", "Colle PU", "1,00", "18,70", "15,00"],
      ],
    );
    // 31,49 + 33,24 + 15,90 = 80,63 (unrounded 80,628 is on no invoice).
    expect(figures(t)).toEqual(["80.63", "90.74", "10.11"]);
    expect(diagnostic(t, "amount_rounded_per_line")).toMatchObject({
      row: 2,
      column: "PU HT",
      value: "31.49",
      args: { exact: "31.4925" },
    });
  });

  it("a cheese maker's kilos × price: 12,500 kg × 8,37 = 104,625 invoiced 104,63", () => {
    const t = table(
      ["N° pièce", "Date", "Désignation", "Quantité", "P.U. HT"],
      [
        ["FA001", "13/01/2025", "Comté 18 mois", "12,500", "8,37"],
        ["FA002", "14/01/2025", "Beaufort", "3,250", "21,90"],
      ],
    );
    // 104,625 → 104,63; 3,250 × 21,90 = 71,175 → 71,18: 175,81.
    expect(compute(t).totals.caop.toFixed(2)).toBe("175.81");
  });
});

describe("tills written TTC with their discount (Cegid Orli)", () => {
  const ORLI = [
    "Date",
    "Magasin",
    "N° ticket",
    "Code article",
    "Désignation",
    "Qté",
    "PV TTC",
    "Remise TTC",
    "Montant TTC",
    "Taux TVA",
  ];

  it("Montant TTC = PV × Qté before its Remise TTC: HT = (TTC − remise) / 1,2 per line", () => {
    const t = table(ORLI, [
      ["13/01/2025", "ANNECY", "50001", "CHA-001", "Chaise hêtre", "2", "55,08", "22,03", "110,16", "20,00"],
      ["13/01/2025", "ANNECY", "50002", "LAM-LED", "Lampe LED", "1", "41,99", "0,00", "41,99", "20,00"],
      ["14/01/2025", "ANNECY", "50003", "TAB-120", "Table chêne", "1", "466,80", "93,36", "466,80", "20,00"],
    ]);
    // (110,16 − 22,03) / 1,2 = 73,44; 41,99 / 1,2 = 34,99; (466,80 − 93,36) / 1,2 = 311,20: 419,63.
    // Gross HT 91,80 + 34,99 + 389,00 = 515,79; discounts 18,36 + 77,80 = 96,16.
    expect(figures(t)).toEqual(["419.63", "515.79", "96.16"]);
  });

  it("Net TTC after the Remise TTC is the amount, returns negative", () => {
    const t = table(
      [
        "Date",
        "Magasin",
        "N° ticket",
        "Code article",
        "Désignation",
        "Qté",
        "PV TTC",
        "Remise TTC",
        "Net TTC",
        "Taux TVA",
      ],
      [
        ["16/01/2025", "ANNECY", "50000", "TAB-120", "Table chêne", "1", "427,90", "0,00", "427,90", "10,00"],
        [
          "31/01/2025",
          "ANNECY",
          "50001",
          "TAB-120",
          "Table chêne",
          "1",
          "466,80",
          "46,68",
          "420,12",
          "20,00",
        ],
        [
          "31/01/2025",
          "ANNECY",
          "50002",
          "CHA-001",
          "Chaise hêtre",
          "-2",
          "55,08",
          "0,00",
          "-110,16",
          "20,00",
        ],
      ],
    );
    // 427,90 / 1,1 = 389,00; 420,12 / 1,2 = 350,10; −110,16 / 1,2 = −91,80: 647,30.
    expect(compute(t).totals.caop.toFixed(2)).toBe("647.30");
    expect(detectMapping(t.headers).mapping.amount).toBe(8);
  });

  it("a till with only Qté × PU TTC, Remise % and Taux TVA: TTC rounded per line, then HT", () => {
    const t = table(
      ["Date", "N° ticket", "Article", "Qté", "PU TTC", "Remise %", "Taux TVA"],
      [
        ["10/01/2025", "T00001", "Chaise hêtre", "2", "55,08", "10,00", "20,00"],
        ["11/01/2025", "T00002", "Robinet", "1", "157,20", "0,00", "5,50"],
      ],
    );
    // 2 × 55,08 × 0,9 = 99,144 → 99,14 TTC → 82,6166… → 82,62 HT; 157,20 / 1,055 = 149,004… → 149,00.
    // CA OP 231,62; gross 110,16 / 1,2 = 91,80 + 149,00 = 240,80; discount 91,80 − 82,62 = 9,18.
    expect(figures(t)).toEqual(["231.62", "240.80", "9.18"]);
    expect(diagnostic(t, "amount_ttc_rate")).toMatchObject({ column: "PU TTC" });
  });

  it("a TTC price beside an amount HT is no unit price (Cegid Y2's PU TTC | Montant HT)", () => {
    const m = detectMapping([
      "Date pièce",
      "Article",
      "Qté",
      "PU TTC",
      "Remise",
      "Montant TTC",
      "Montant HT",
    ]).mapping;
    expect([m.amount, m.unit_price]).toEqual([6, undefined]);
  });
});

describe("a footer discount written as a rate", () => {
  it("Remise pied % repeated on each line of its invoice: each line less it, to the cent", () => {
    const t = table(
      ["N° facture", "Date", "Client", "Désignation", "Qté", "PU HT", "Montant HT", "Remise pied %"],
      [
        ["FA00001", "13/01/2025", "Menuiserie Leroy", "Table chêne", "2", "389,00", "778,00", "5,00"],
        ["FA00001", "13/01/2025", "Menuiserie Leroy", "Chaise hêtre", "8", "45,90", "367,20", "5,00"],
        ["FA00002", "20/01/2025", "Hôtel du Lac", "Lampe LED", "2", "34,99", "69,98", "0,00"],
      ],
    );
    // (778 + 367,20) × 0,95 = 1 087,94 + 69,98 = 1 157,92; discount 38,90 + 18,36 = 57,26.
    expect(figures(t)).toEqual(["1157.92", "1215.18", "57.26"]);
    expect(diagnostic(t, "invoice_discount_rate")).toMatchObject({
      row: 2,
      column: "Remise pied %",
      value: "5,00",
    });
    expect(diagnostic(t, "invoice_discount_once")).toBeUndefined();
  });
});

describe("shop exports' line and order amounts", () => {
  it("WooCommerce's French order items: Total ligne (after the coupons), not Sous-total ligne", () => {
    const h = [
      "N° de commande",
      "Date de commande",
      "État de la commande",
      "Client",
      "Article",
      "Quantité",
      "Coût article",
      "Sous-total ligne",
      "Total ligne",
      "Taxe ligne",
    ];
    expect(detectMapping(h).mapping.amount).toBe(8);
  });

  it("PrestaShop's Total produits HT is read with its Frais de port HT (shipping billed, 7085)", () => {
    const t = table(
      ["ID", "Référence", "Client", "Total produits HT", "Frais de port HT", "Total TTC", "Date"],
      [
        ["1000", "REF000000", "Cabinet Lambert", "391,30", "4,90", "475,44", "2025-01-19 10:00:00"],
        ["1001", "REF000001", "Garage Bonnet", "130,33", "0,00", "156,40", "2025-03-06 10:00:00"],
      ],
    );
    // 391,30 + 4,90 + 130,33 = 526,53.
    expect(compute(t).totals.caop.toFixed(2)).toBe("526.53");
    expect(diagnostic(t, "amount_plus_shipping")).toBeDefined();
  });
});
