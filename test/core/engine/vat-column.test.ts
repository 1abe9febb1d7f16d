/** A VAT column beside the amount proves whether the amount includes it (evidence/vat-column.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue } from "../../../src/core/types";
import { source, split, table } from "./chunking";

const codes = (r: { diagnostics: { code: string; row: number; column: string }[] }) =>
  r.diagnostics.filter((d) => d.code.includes("vat")).map((d) => [d.code, d.row, d.column]);

const HEADERS = ["Date", "Compte", "Montant", "dont TVA"];
/** Amounts TTC: each VAT is the amount × 20/120 (or 10/110, 5,5/105,5), rounded to the cent. */
const ttc = table(HEADERS, [
  ["15/01/2025", "706000", "1 440,00", "240,00"],
  ["28/01/2025", "706000", "5 185,31", "864,22"],
  ["10/02/2025", "707000", "110,00", "10,00"],
  ["12/02/2025", "707000", "21,10", "1,10"],
  ["20/02/2025", "706000", "-120,00", "-20,00"],
  ["21/02/2025", "706000", "-60,00", "10,00"],
]);

describe("a VAT column beside the amount", () => {
  it("proving the amount TTC: each line is read less its VAT, with a note and the JSON reading", () => {
    const r = compute(ttc);
    // 1 200 + 4 321.09 + 100 + 20 − 100 − 50 (a credit note's VAT subtracts in magnitude, signed or not).
    expect(r.totals.caop.toFixed(2)).toBe("5491.09");
    expect(codes(r)).toEqual([["amount_includes_vat", 2, "Montant"]]);
    expect(toJson(r).reading.vat).toEqual({ column: "Montant", vat: "dont TVA", is: "ttc", row: 2 });
    expect(compute(ttc, { fastPath: false }).totals.caop.toFixed(2)).toBe("5491.09");
  });

  it("proving the amount HT: read as written, without a word", () => {
    const ht = table(
      ["Date", "Compte", "Montant HT", "TVA"],
      [
        ["15/01/2025", "706000", "1 200,00", "240,00"],
        ["16/01/2025", "706000", "100,00", "5,50"],
      ],
    );
    const r = compute(ht);
    expect([r.totals.caop.toFixed(2), codes(r), toJson(r).reading.vat?.is]).toEqual(["1300.00", [], "ht"]);
  });

  it("proving both, or neither while holding VAT: read as written, with a warning", () => {
    const both = table(HEADERS, [
      ["15/01/2025", "706000", "1 440,00", "240,00"],
      ["16/01/2025", "706000", "1 200,00", "240,00"],
    ]);
    const r = compute(both);
    expect([r.totals.caop.toFixed(2), codes(r)]).toEqual(["2640.00", [["vat_conflict", 3, "Montant"]]]);
    // 15 % is no French rate: the data cannot tell.
    const foreign = table(HEADERS, [["15/01/2025", "706000", "1 150,00", "150,00"]]);
    const f = compute(foreign);
    expect([f.totals.caop.toFixed(2), codes(f)]).toEqual(["1150.00", [["vat_unproven", 2, "dont TVA"]]]);
    const unproven = f.diagnostics.find((d) => d.code === "vat_unproven");
    expect(unproven?.severity).toBe("warning");
    // The amount column is named (its argument once clashed with a line's amount and came out empty).
    expect(unproven?.message).toContain("du montant de « Montant »");
    expect(unproven?.messageEn).toContain('of the amount in "Montant"');
  });

  it("proven only by a later chunk, the file is read again with it: the same as whole", async () => {
    // 0,02 of 0,10 is 20 % of it and 20/120 of it, to the cent: it proves nothing, yet is read less it.
    const late = table(HEADERS, [["05/01/2025", "706000", "0,10", "0,02"], ...ttc.rows]);
    const whole = toJson(compute(late));
    expect(whole.caop).toBe("5491.17");
    const r = toJson(await computeChunks(source(split(late, [1]))));
    expect([r.caop, r.months, r.reading.vat]).toEqual([whole.caop, whole.months, whole.reading.vat]);
  });
});

describe("an amount headed TTC that no VAT column takes the taxes off", () => {
  const ttcSaid = (r: { diagnostics: { code: string; row: number; column: string }[] }) =>
    r.diagnostics.filter((d) => d.code === "amount_ttc").map((d) => [d.code, d.row, d.column]);
  const rows = [
    ["05/01/2025", "Repas", "CB", "120,00"],
    ["06/01/2025", "Chambre", "Espèces", "110,00"],
  ];

  it("is counted as read, and said: CA OP is tax-exclusive (the user mapped it, no rate beside it)", async () => {
    const t = table(["Date", "Libellé", "Paiement", "Montant TTC"], rows);
    const r = compute(t, { mapping: { amount: "Montant TTC" } });
    expect(r.totals.caop.toFixed(2)).toBe("230.00");
    expect(ttcSaid(r)).toContainEqual(["amount_ttc", 0, "Montant TTC"]);
    const streamed = await computeChunks(source(split(t, [1, 1])), { mapping: { amount: "Montant TTC" } });
    expect(ttcSaid(streamed)).toEqual([["amount_ttc", 0, "Montant TTC"]]);
  });

  it("is not said when a VAT column proves it TTC and takes the VAT off, nor for an HT column", () => {
    expect(ttcSaid(compute(ttc)).map((c) => c[0])).not.toContain("amount_ttc");
    const ht = compute(table(["Date", "Libellé", "Montant HT"], [["05/01/2025", "Repas", "100,00"]]));
    expect(ttcSaid(ht).map((c) => c[0])).not.toContain("amount_ttc");
  });
});

describe("an amount written only TTC beside its VAT rate (an artisan's invoice list, a till's lines)", () => {
  const headers = ["Date", "N° facture", "Désignation", "Montant TTC", "Taux TVA"];
  const rows = [
    ["06/01/2025", "F001", "Travaux salle de bain", "1 200,00", "20 %"],
    ["13/01/2025", "F002", "Rénovation énergétique", "550,00", "10 %"],
    ["04/02/2025", "F003", "Isolation combles", "211,00", "5,5 %"],
    ["10/02/2025", "F004", "Dépannage", "100,00", "20 %"],
    ["18/02/2025", "A001", "Avoir sur F001", "-240,00", "20 %"],
  ];
  const invoices = table(headers, rows);
  const said = (r: { diagnostics: { code: string; column: string; args?: Record<string, unknown> }[] }) =>
    r.diagnostics.filter((d) => d.code === "amount_ttc_rate").map((d) => [d.column, d.args?.rate]);

  it("is read HT = TTC / (1 + rate), to the cent per line, with a note; never said TTC counted", () => {
    const r = toJson(compute(invoices));
    // 1 000 + 500 | 200 + 83,33 (100 / 1,2 = 83,333…) − 200
    expect([r.caop, r.months.map((m) => m.caop)]).toEqual(["1583.33", ["1500.00", "83.33"]]);
    expect(r.mapping.amount).toBe("Montant TTC");
    expect(said(compute(invoices))).toEqual([["Montant TTC", "Taux TVA"]]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("amount_ttc");
  });

  it.each<[string, CellValue]>([
    ["20", 20],
    ["0.2 (a cell formatted %)", 0.2],
    ["20,00 %", "20,00 %"],
    ["0 (exempt)", 0],
    ["Exonéré", "Exonéré"],
    ["Autoliquidation", "Autoliquidation"],
    ["TVA 20%", "TVA 20%"],
  ])("reads the rate written %s", (_, rate) => {
    const t = table(["Date", "Libellé", "Total TTC", "TVA %"], [["05/01/2025", "Vente", "120,00", rate]]);
    const exempt = rate === 0 || rate === "Exonéré" || rate === "Autoliquidation";
    expect(compute(t).totals.caop.toFixed(2)).toBe(exempt ? "120.00" : "100.00");
  });

  it("sets apart a line whose rate is unreadable, naming it, its TTC in ignored", () => {
    const t = table(headers, [...rows.slice(0, 2), ["20/01/2025", "F009", "Pose", "60,00", "à voir"]]);
    const r = toJson(compute(t));
    expect(r.caop).toBe("1500.00");
    const d = r.diagnostics.find((x) => x.code === "vat_rate_unreadable");
    expect([d?.row, d?.column, d?.value, r.ignored.amount]).toEqual([4, "Taux TVA", "à voir", "60.00"]);
  });

  it("keeps an HT column first, and a till's TTC unit price out of the amount", () => {
    const both = table(
      ["Date", "Montant HT", "Taux TVA", "Montant TTC"],
      [["05/01/2025", "100,00", "20 %", "120,00"]],
    );
    expect([compute(both).totals.caop.toFixed(2), said(compute(both))]).toEqual(["100.00", []]);
    const till = table(
      ["Date", "Produit", "Quantité", "Prix unitaire TTC", "Taux TVA", "Total TTC"],
      [["2025-01-11", "Brioche", "2", "10,55", "5,5%", "21,10"]],
    );
    expect([toJson(compute(till)).mapping.amount, compute(till).totals.caop.toFixed(2)]).toEqual([
      "Total TTC",
      "20.00",
    ]);
  });

  it.each([[[1]], [[2, 2]], [[4]]])(
    "streamed in chunks %j: the figures of the whole, the note once",
    async (sizes) => {
      const whole = toJson(compute(invoices));
      const r = toJson(await computeChunks(source(split(invoices, sizes))));
      expect([r.caop, r.months]).toEqual([whole.caop, whole.months]);
      expect(said(await computeChunks(source(split(invoices, sizes))))).toEqual([
        ["Montant TTC", "Taux TVA"],
      ]);
    },
  );
});

describe("a column headed TVA that holds the lines' rates (evidence/vat-rates.ts)", () => {
  const H = ["Date", "Client", "Désignation", "TVA", "Total TTC"];
  const rates = (r1: CellValue, r2: CellValue, r3: CellValue) =>
    table(H, [
      ["03/01/2025", "Boulangerie Martin", "Dépannage urgent", r1, "1 200,00"],
      ["10/01/2025", "Garage des Alpes", "Travaux rénovation", r2, "1 100,00"],
      ["20/02/2025", "Librairie Page", "Livres", r3, "211,00"],
    ]);

  it.each([
    ["written with %", "20%", "10 %", "5,5%"],
    ["as fractions (cells formatted %)", 0.2, 0.1, 0.055],
    ["in percent points", 20, 10, 5.5],
  ])("%s: read as the rate, the TTC amounts read HT, with a note naming the proving row", (_, a, b, c) => {
    const r = compute(rates(a, b, c));
    // The accountant: 1 200 / 1.2 + 1 100 / 1.1 + 211 / 1.055 = 1 000 + 1 000 + 200.
    expect(r.totals.caop.toFixed(2)).toBe("2200.00");
    const note = r.diagnostics.find((d) => d.code === "vat_column_rates");
    expect([note?.row, note?.column, note?.severity]).toEqual([2, "TVA", "info"]);
  });

  it("gives the same figure streamed one line a chunk, the rate proven by the first", async () => {
    const r = await computeChunks(source(split(rates("20%", 10, 5.5), [1, 1])));
    expect(r.totals.caop.toFixed(2)).toBe("2200.00");
  });

  it("stays a VAT amount when every value may be the line's VAT (20 of 120 TTC), or one is no rate", () => {
    const amounts = table(H, [
      ["03/01/2025", "A", "x", "20,00", "120,00"],
      ["10/01/2025", "B", "y", "10,00", "110,00"],
    ]);
    expect(compute(amounts).totals.caop.toFixed(2)).toBe("200.00");
    expect(compute(amounts).diagnostics.map((d) => d.code)).not.toContain("vat_column_rates");
    // 200 is no French rate: the column holds amounts (here HT ones: 1 000 × 20 %).
    const mixed = rates("20%", "200,00", "5,5%");
    expect(compute(mixed).diagnostics.map((d) => d.code)).not.toContain("vat_column_rates");
  });

  it("is not proven by a 0 (an exempt line's VAT amount as well as a rate)", () => {
    const vat = table(H, [
      ["05/01/2025", "Dupont", "x", "20,00", "120,00"],
      ["12/01/2025", "Durand", "y", "10,00", "60,00"],
      ["20/01/2025", "Export Ltd", "z", "0,00", "300,00"],
    ]);
    // 100 + 50 + 300: the VAT amounts taken off, not read as 20 % and 10 %.
    expect(compute(vat).totals.caop.toFixed(2)).toBe("450.00");
  });

  it("is not decided when the user maps either VAT column", () => {
    const r = compute(rates("20%", "10%", "5,5%"), { mapping: { vat_amount: "TVA" } });
    expect(r.diagnostics.map((d) => d.code)).not.toContain("vat_column_rates");
  });
});

describe("a tax column of small amounts at no French rate (Square's US item sales)", () => {
  it("proves nothing by a cent's chance: the gross read as written, a warning", () => {
    // 8.875 % US sales tax on top of the price: 4.25 + 8.90 + 3.50 + 12.50 + 6.00 = 35.15 of sales.
    // 0.38 beside 4.25 and 0.31 beside 3.50 fit 10 % TTC within a cent; the three others fit no
    // French rate: the chance matches prove nothing.
    const t = table(
      ["Date", "Item", "Gross Sales", "Discounts", "Net Sales", "Tax"],
      [
        ["02/03/2025", "Cappuccino", "$4.25", "$0.00", "$4.25", "$0.38"],
        ["02/06/2025", "Sandwich jambon", "$8.90", "$0.00", "$8.90", "$0.79"],
        ["08/16/2025", "Croissant", "$3.50", "$0.00", "$3.50", "$0.31"],
        ["08/17/2025", "Salade", "$12.50", "$0.00", "$12.50", "$1.11"],
        ["08/18/2025", "Quiche", "$6.00", "$0.00", "$6.00", "$0.53"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("35.15");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("amount_includes_vat");
    expect(r.diagnostics.map((d) => d.code)).toContain("vat_unproven");
    // A French till's small tickets still prove TTC: 3.30 at 10 %, and two croissants at 5.5 % whose
    // VAT is the unit's twice (0.06 × 2 beside 2.20), as tills write it.
    const till = table(
      ["Date", "Produit", "Montant TTC", "dont TVA"],
      [
        ["10/01/2025", "Café", "3,30", "0,30"],
        ["10/01/2025", "Croissant", "1,10", "0,10"],
        ["10/01/2025", "2 croissants", "2,20", "0,12"],
      ],
    );
    expect(compute(till).totals.caop.toFixed(2)).toBe("6.08");
  });
});
