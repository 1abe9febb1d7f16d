/**
 * Issue 9 item 1: column evidence. Decimal mark per column, discount rates, net vs gross, the sales
 * date column; each checked against a decimal.js reference, and streamed in chunks = whole table.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { markOf } from "../../../src/core/engine/evidence/columns";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { source, split } from "./chunking";

const table = (headers: string[], rows: CellValue[][]): RawTable => ({
  headers,
  rows,
  firstRow: 2,
  source: "t",
});

type Json = ReturnType<typeof toJson>;
const sorted = (j: Json): Json => ({
  ...j,
  diagnostics: [...j.diagnostics].sort(
    (a, b) => a.row - b.row || a.code.localeCompare(b.code) || a.column.localeCompare(b.column),
  ),
});
const codes = (t: RawTable): string[] => compute(t).diagnostics.map((d) => d.code);

describe("markOf: what one value proves about its decimal mark", () => {
  it.each([
    ["261.96", "."],
    ["957.5775", "."],
    ["1,234.56", "."],
    ["1.234,56", ","],
    ["1,234,567", "."],
    ["1 234,567", ","],
    ["0.123", "."],
    ["1234.567", "."],
    ["-300,5 €", ","],
    ["22.368", "ambiguous"],
    ["2,000", "ambiguous"],
    ["1200", null],
    ["", null],
  ])("%s → %s", (v, m) => {
    expect(markOf(v)).toBe(m);
  });
});

/** The definition markOf had as a regex (before the one-pass scan): the reference for the property below. */
function markOfReference(s: string): "." | "," | "ambiguous" | null {
  const m = /\d(?:[\d.,]|[ \u00a0\u202f\u2009'’](?=\d))*/.exec(s);
  if (!m) return null;
  const run = m[0];
  const commas = [...run].filter((c) => c === ",").length;
  const dots = [...run].filter((c) => c === ".").length;
  const last = Math.max(run.lastIndexOf(","), run.lastIndexOf("."));
  if (commas + dots === 0) return null;
  if (commas > 0 && dots > 0) return run[last] === "," ? "," : ".";
  const mark = commas > 0 ? "," : ".";
  if (commas + dots > 1) return mark === "," ? "." : ",";
  if (/[^\d.,]/.test(run)) return mark;
  if (run.length - last - 1 !== 3) return mark;
  if (last > 3 || run[0] === "0") return mark;
  return "ambiguous";
}

describe("markOf equals its regex definition on random amount texts", () => {
  it("same answer for texts made of digits, marks, grouping spaces, signs and letters", () => {
    const char = fc.constantFrom(..."0123456789012345.,.,  \u00a0\u202f\u2009'’-€a");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }), (chars) => {
        const s = chars.join("");
        expect(markOf(s)).toBe(markOfReference(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("decimal mark decided per column from the data", () => {
  it("reads 22.368 as 22.368 in a column that proved '.' (issue 9: CA OP 226 times too large)", () => {
    const r = compute(
      table(
        ["Order Date", "Ship Date", "Sales"],
        [
          ["11/8/2016", "11/11/2016", "261.96"],
          ["10/11/2015", "10/18/2015", "22.368"],
          ["4/15/2017", "4/20/2017", "2,000"],
        ],
      ),
    );
    expect(r.totals.gross_sales.toFixed()).toBe("2284.328");
    expect(r.reading.decimal.Sales).toMatchObject({ mark: ".", by: "data", proof: { row: 2 } });
    expect(r.reading.date).toBe("Order Date");
    expect(r.reading.dateUnused).toEqual(["Ship Date"]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("amount_ambiguous");
  });

  it("each column decides alone: ',' in one, '.' in another", () => {
    const r = compute(
      table(
        ["Date", "Débit", "Crédit"],
        [
          ["01/01/2025", "1,5", "0"],
          ["02/01/2025", "0", "2,000.25"],
          ["03/01/2025", "1,000", "3.5"],
        ],
      ),
    );
    expect(r.reading.decimal).toMatchObject({ Débit: { mark: "," }, Crédit: { mark: "." } });
    // −1.5 + 2000.25 + (3.5 − 1.000): "1,000" in the "," column is one.
    expect(r.totals.gross_sales.toFixed()).toBe("2001.25");
  });

  it("a column that cannot tell: the --decimal option, else ',' (French default), diagnosed", () => {
    const t = table(["Date", "Montant"], [["01/01/2025", "1.234"]]);
    expect(compute(t).totals.gross_sales.toFixed()).toBe("1234");
    expect(codes(t)).toContain("decimal_mark_assumed");
    const r = compute(t, { decimal: "." });
    expect(r.totals.gross_sales.toFixed()).toBe("1.234");
    expect(r.reading.decimal.Montant).toMatchObject({ mark: ".", by: "option" });
  });

  it("a column that cannot tell reads with the mark the file's other columns prove (1.617 beside a 0.15 unit price)", () => {
    // 11 × 0,15 = 1,65 gross, 2 % off: 1,617 net. The unit price proves ".": 1.617 is not 1 617.
    const t = table(
      ["Date", "Qté", "PU HT", "Remise", "Montant HT"],
      [["01/03/2025", "11", "0.15", "2 %", "1.617"]],
    );
    const r = compute(t);
    expect(
      [r.totals.gross_sales, r.totals.deductions.discount, r.totals.caop].map((x) => x.toFixed()),
    ).toEqual(["1.65", "0.033", "1.617"]);
    expect(r.reading.decimal["Montant HT"]).toEqual({
      mark: ".",
      by: "data",
      proof: { row: 2, value: "0.15", column: "PU HT" },
    });
    expect(r.reading.amount).toMatchObject({ is: "net", by: "data" });
    expect(codes(t)).not.toContain("decimal_mark_assumed");
    expect(codes(t)).not.toContain("amount_ambiguous");
    expect(toJson(r).reading.decimal_by["Montant HT"]).toEqual({
      by: "data",
      row: 2,
      value: "0.15",
      column: "PU HT",
    });
  });

  it("the proof in another column of a later chunk re-reads the early ones (streamed = whole)", async () => {
    const t = table(
      ["Date", "Compte", "Débit", "Crédit"],
      [
        ["01/03/2025", "706000", "", "1.617"],
        ["02/03/2025", "709000", "0.15", ""],
      ],
    );
    const whole = toJson(compute(t));
    expect(whole.caop).toBe("1.467");
    expect(sorted(toJson(await computeChunks(source(split(t, [1])))))).toEqual(sorted(whole));
  });

  it("a US ledger: 1,500 in a Debit column reads as 1 500 when the Credit column proves '.'", () => {
    const r = compute(
      table(
        ["Date", "Account", "Debit", "Credit"],
        [
          ["03/01/2025", "706000", "", "2,000.25"],
          ["03/02/2025", "709000", "1,500", ""],
        ],
      ),
    );
    expect(r.totals.caop.toFixed()).toBe("500.25");
    expect(r.reading.decimal.Debit).toMatchObject({ mark: ".", by: "data", proof: { column: "Credit" } });
  });

  it("columns proving different marks prove nothing for a third: the default decides, diagnosed", () => {
    const t = table(["Date", "Qté", "PU HT", "Montant HT"], [["01/03/2025", "1,5", "2.25", "3.375"]]);
    const r = compute(t);
    expect(r.reading.decimal["Montant HT"]).toEqual({ mark: ",", by: "default" });
    expect(codes(t)).toContain("decimal_mark_assumed");
  });

  it("evidence beats the --decimal option", () => {
    const t = table(
      ["Date", "Montant"],
      [
        ["01/01/2025", "1.234"],
        ["02/01/2025", "5,50"],
      ],
    );
    expect(compute(t, { decimal: "." }).totals.gross_sales.toFixed()).toBe("1239.5");
  });

  it("conflicting proofs name two rows", () => {
    const t = table(
      ["Date", "Montant"],
      [
        ["01/01/2025", "1.5"],
        ["02/01/2025", "5,50"],
      ],
    );
    const d = compute(t).diagnostics.find((x) => x.code === "decimal_mark_conflict");
    expect(d).toMatchObject({ row: 3, column: "Montant", severity: "error", args: { row1: 2 } });
  });

  it("--dates decides only where the dates cannot tell", () => {
    const t = table(["Date", "Montant"], [["01/02/2025", "10"]]);
    expect(compute(t).months[0].period).toBe("2025-02");
    expect(compute(t, { dates: "mdy" }).months[0].period).toBe("2025-01");
    const proven = table(
      ["Date", "Montant"],
      [
        ["01/02/2025", "10"],
        ["25/02/2025", "1"],
      ],
    );
    expect(compute(proven, { dates: "mdy" }).months.map((m) => m.period)).toEqual(["2025-02"]);
  });

  it("a proof in a later chunk re-reads the early ones (streamed = whole)", async () => {
    const t = table(
      ["Date", "Montant"],
      [
        ["01/01/2025", "1,234"],
        ["02/01/2025", "3"],
        ["03/01/2025", "2,000.50"],
      ],
    );
    const whole = sorted(toJson(compute(t)));
    expect(whole.gross_sales).toBe("3237.50");
    const r = await computeChunks(source(split(t, [1, 1])));
    expect(sorted(toJson(r))).toEqual(whole);
  });
});

describe("several date columns", () => {
  it("takes the order/invoice date, never ship, due or payment dates", () => {
    const t = table(
      ["Date d'échéance", "Date facture", "Date de livraison", "Montant"],
      [["28/02/2025", "15/01/2025", "20/01/2025", "10"]],
    );
    const r = compute(t);
    expect(r.reading.date).toBe("Date facture");
    expect(r.reading.dateUnused).toEqual(["Date d'échéance", "Date de livraison"]);
    expect(toJson(r).reading).toMatchObject({ date: "Date facture" });
    expect(compute(t, { mapping: { date: "Date de livraison" } }).reading.date).toBe("Date de livraison");
  });

  const us = table(
    ["Date", "Num", "Due Date", "Amount"],
    [
      ["01/05/2025", "1001", "02/04/2025", "1,200.00"],
      ["02/11/2025", "1004", "03/13/2025", "150.00"],
    ],
  );
  const months = (r: ReturnType<typeof compute>) => r.months.map((m) => m.period);

  it("a sales date that cannot tell dd/mm from mm/dd takes the order another date column proves", () => {
    const r = compute(us);
    // 03/13/2025 proves mm/dd: January 5th and February 11th, not May 1st and November 2nd.
    expect([months(r), r.dateDecidedBy]).toEqual([["2025-01", "2025-02"], "data"]);
    const d = r.diagnostics.filter((x) => x.code.startsWith("date_order"));
    expect(d.map((x) => [x.code, x.row, x.column, x.value, x.args?.other])).toEqual([
      ["date_order_other_column", 3, "Date", "03/13/2025", "Due Date"],
    ]);
  });

  it("not when the other date columns disagree, nor against --dates", () => {
    const both = table(
      [...us.headers, "Date de livraison"],
      us.rows.map((r, i) => [...r, i === 0 ? "25/01/2025" : "02/02/2025"]),
    );
    const r = compute(both);
    expect([months(r), r.dateDecidedBy]).toEqual([["2025-05", "2025-11"], "locale"]);
    expect(months(compute(us, { dates: "dmy" }))).toEqual(["2025-05", "2025-11"]);
  });
});

describe("discount rates and net vs gross", () => {
  const H = ["Date", "Qté", "PU HT", "Remise", "Montant HT"];
  it("a discount column whose header names a currency or an amount holds euros, even all under 1", () => {
    const rows = [
      ["02/06/2025", "10", "1,10", "0,50"],
      ["03/06/2025", "12", "1,20", "0,40"],
    ];
    for (const header of ["Remise (€)", "Remise en euros", "Montant remise"]) {
      const r = compute(table(["Date", "Qté", "Prix unitaire HT", header], rows));
      // 11 − 0,50 + 14,40 − 0,40
      expect([header, r.totals.caop.toFixed(2), r.reading.discount?.as]).toEqual([header, "24.50", "amount"]);
    }
    expect(compute(table(["Date", "Qté", "Prix unitaire HT", "Remise"], rows)).reading.discount?.as).toBe(
      "rate",
    );
  });

  it("a net amount proven by q × p − discount is never reduced again", () => {
    const r = compute(table(H, [["03/04/2025", "10", "50,00", "50,00", "450,00"]]));
    expect([r.totals.gross_sales.toFixed(2), r.totals.caop.toFixed(2)]).toEqual(["500.00", "450.00"]);
    expect(r.reading.amount).toMatchObject({ is: "net", by: "data" });
  });
  it("an amount rounded to the cent proves what it rounds: net here, never reduced again", () => {
    // Montant HT = Qté × PU × (1 − Remise %) rounded to the cent; CA OP = Σ Montant HT = 1 544,53.
    const t = table(
      ["Date", "Qté", "PU HT", "Remise %", "Montant HT"],
      [
        ["06/01/2025", "3", "19,99", "10", "53,97"],
        ["07/01/2025", "7", "12,345", "15", "73,45"],
        ["14/02/2025", "1", "1 249,90", "0", "1249,90"],
        ["20/02/2025", "11", "3,33", "7,5", "33,88"],
        ["03/03/2025", "2", "99,99", "33,33", "133,33"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed()).toBe("1544.53");
    expect(r.reading.amount).toMatchObject({ is: "net", by: "data", proof: { row: 2 } });
    expect(codes(t)).not.toContain("amount_reading_contradicted");
    // The same prices with the gross amount rounded (7 × 12,345 = 86,415 → 86,42): gross, discounted once.
    const g = compute(
      table(
        ["Date", "Qté", "PU HT", "Remise %", "Montant HT"],
        [["07/01/2025", "7", "12,345", "10", "86,42"]],
      ),
    );
    expect(g.reading.amount).toMatchObject({ is: "gross", by: "data" });
    expect(g.totals.caop.toFixed()).toBe("77.778");
  });

  it("discounts all under 1 € are amounts when q × p − discount = amount proves it (not fractions)", async () => {
    const t = table(H, [
      ["15/01/2025", "10", "2,00", "0,50", "19,50"],
      ["15/01/2025", "5", "3,00", "0,75", "14,25"],
    ]);
    const r = compute(t);
    expect(r.reading.discount).toEqual({ column: "Remise", as: "amount" });
    expect(r.reading.amount).toMatchObject({ is: "net", by: "data", proof: { row: 2 } });
    expect([r.totals.caop.toFixed(2), r.totals.deductions.discount.toFixed(2)]).toEqual(["33.75", "1.25"]);
    expect(codes(t)).not.toContain("amount_reading_contradicted");
    const streamed = toJson(await computeChunks(source(split(t, [1]))));
    expect(sorted(streamed)).toEqual(sorted(toJson(r)));
    // The same values that read as fractions (10 × 2,00 × (1 − 0,50) = 10,00) stay rates.
    const f = compute(table(H, [["15/01/2025", "10", "2,00", "0,50", "10,00"]]));
    expect([f.reading.discount?.as, f.totals.caop.toFixed(2)]).toEqual(["rate", "10.00"]);
  });
  it("a credit note's own discount reduces what it takes back, in every layout and sign (360 − 90 = 270)", () => {
    // Invoice: 400 less 40; credit note: 100 less 10, so the customer gets back 90. The credit note
    // reverses the invoice: return 100, its discount 10 given back (discounts 40 − 10 = 30).
    const layouts: [string, string[], CellValue[][]][] = [
      [
        "gross | discount | net, unsigned credit note",
        ["Date", "Type de document", "Montant brut HT", "Remise", "Montant net HT"],
        [
          ["15/01/2025", "Facture", "400,00", "40,00", "360,00"],
          ["20/01/2025", "Avoir", "100,00", "10,00", "90,00"],
        ],
      ],
      [
        "net | discount only, unsigned credit note",
        ["Date", "Type de document", "Remise", "Montant net HT"],
        [
          ["15/01/2025", "Facture", "40,00", "360,00"],
          ["20/01/2025", "Avoir", "10,00", "90,00"],
        ],
      ],
      [
        "q × p | discount rate, unsigned credit note",
        ["Date", "Type de document", "Qté", "PU HT", "Remise %"],
        [
          ["15/01/2025", "Facture", "4", "100,00", "10"],
          ["20/01/2025", "Avoir", "1", "100,00", "10"],
        ],
      ],
      [
        "q × p | discount | net amount, signed credit note",
        ["Date", "Type de document", "Qté", "PU HT", "Remise", "Montant HT"],
        [
          ["15/01/2025", "Facture", "4", "100,00", "40,00", "360,00"],
          ["20/01/2025", "Avoir", "-1", "100,00", "-10,00", "-90,00"],
        ],
      ],
      [
        "net | discount only, signed credit note",
        ["Date", "Type de document", "Remise", "Montant net HT"],
        [
          ["15/01/2025", "Facture", "40,00", "360,00"],
          ["20/01/2025", "Avoir", "-10,00", "-90,00"],
        ],
      ],
    ];
    for (const [name, headers, rows] of layouts) {
      const t = table(headers, rows);
      const r = compute(t);
      expect([
        name,
        r.totals.caop.toFixed(2),
        r.totals.deductions.discount.toFixed(2),
        r.totals.deductions.return.toFixed(2),
      ]).toEqual([name, "270.00", "30.00", "100.00"]);
      expect([name, codes(t)]).toEqual([name, codes(t).filter((c) => !c.startsWith("amount_"))]);
    }
  });
  it("a gross amount proven by q × p gets its discount", () => {
    const r = compute(table(H, [["03/04/2025", "10", "50,00", "50,00", "500,00"]]));
    expect([r.totals.gross_sales.toFixed(2), r.totals.caop.toFixed(2)]).toEqual(["500.00", "450.00"]);
    expect(r.reading.amount).toMatchObject({ is: "gross" });
  });
  it("'10 %' is a rate of the line's gross, exact", () => {
    const r = compute(table(H, [["03/04/2025", "3", "33,33", "15 %", "84,9915"]]));
    expect(r.totals.deductions.discount.toFixed()).toBe("14.9985");
    expect(r.totals.caop.toFixed()).toBe("84.9915");
    expect(r.reading.discount).toEqual({ column: "Remise", as: "rate", scale: "percent" });
  });
  it.each([
    // header, rates, amount read as gross by header, expected discount, scale
    ["Remise %", ["10,00", "5,00"], "percent", "15.00"],
    ["Remise %", ["10", "0"], "percent", "10.00"],
    ["Taux de remise", ["0,1", "0,05"], "fraction", "15.00"],
    ["Taux de remise", ["10", "5"], "percent", "15.00"],
    ["Discount rate", ["0.1", "0.05"], "fraction", "15.00"],
  ])("%s %j: rates of a gross amount read in %s (deduction %s on 2 × 100)", (h, rates, scale, ded) => {
    const r = compute(
      table(
        ["Date", "Montant HT brut", h],
        rates.map((rate) => ["03/04/2025", "100,00", rate]),
      ),
    );
    expect(r.reading.discount).toEqual({ column: h, as: "rate", scale });
    expect(r.totals.deductions.discount.toFixed(2)).toBe(ded);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("rate_scale_assumed");
  });
  it("a '%' header over values all within 0–1 is read in percent points, with rate_scale_assumed", () => {
    const r = compute(table(["Date", "Montant HT brut", "Remise %"], [["03/04/2025", "200,00", "0,5"]]));
    expect(r.totals.deductions.discount.toFixed(2)).toBe("1.00");
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "rate_scale_assumed", row: 2, column: "Remise %", value: "0,5" }),
    );
  });
  it("a rate header over a value above 100 is an amount column (a rate never exceeds 100 %)", () => {
    const r = compute(
      table(
        ["Date", "Montant HT brut", "Taux de remise"],
        [
          ["03/04/2025", "1 000,00", "150,00"],
          ["04/04/2025", "100,00", "10,00"],
        ],
      ),
    );
    expect(r.reading.discount).toEqual({ column: "Taux de remise", as: "amount" });
    expect(r.totals.deductions.discount.toFixed(2)).toBe("160.00");
  });
  it("rows against the reading are reported", () => {
    const r = compute(
      table(H, [
        ["03/04/2025", "10", "50,00", "50,00", "450,00"],
        ["04/04/2025", "1", "10,00", "1,00", "7,00"],
      ]),
    );
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "amount_reading_contradicted", row: 3, column: "Montant HT" }),
    );
  });
  it("without a unit price the amount is read as net (net_amount); rates are then not deducted", () => {
    const rates = table(
      ["Date", "Sales", "Discount"],
      [
        ["01/02/2025", "22.368", "0.2"],
        ["01/02/2025", "261.96", "0"],
      ],
    );
    const r = compute(rates);
    expect(r.totals.caop.toFixed()).toBe("284.328");
    expect(r.totals.deductions.discount.toFixed()).toBe("0");
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: "net_amount", column: "Sales" }));
    const amounts = table(["Date", "Montant", "Remise"], [["01/02/2025", "90,00", "10,00"]]);
    const a = compute(amounts);
    expect([a.totals.gross_sales.toFixed(2), a.totals.caop.toFixed(2)]).toEqual(["100.00", "90.00"]);
  });
  it("a summary's sales beside deduction amounts are gross: Ventes − Remises − Avoirs (round 18, C10)", () => {
    const summary = table(
      ["Mois", "Ventes HT", "Remises", "Avoirs HT"],
      [
        ["01/2025", "20000,00", "500,00", "300,00"],
        ["02/2025", "18000,00", "400,00", "0,00"],
      ],
    );
    const r = compute(summary);
    expect(r.totals.caop.toFixed(2)).toBe("36800.00");
    expect(r.reading.amount).toMatchObject({ is: "gross", by: "header" });
    expect(
      compute(
        table(["Date", "Sales", "Discounts"], [["01/02/2025", "3308.50", "22.75"]]),
      ).totals.caop.toFixed(2),
    ).toBe("3285.75");
    // A ledger of documents (Business Central): its "Sales (LCY)" is after the invoice discount beside it.
    const ledger = table(
      ["Posting Date", "Document No.", "Customer Name", "Sales (LCY)", "Inv. Discount (LCY)"],
      [["08/01/2025", "103001", "Cannon Group", "1000,00", "50,00"]],
    );
    expect(compute(ledger).totals.caop.toFixed(2)).toBe("1000.00");
  });
  it("a header saying gross is gross", () => {
    const r = compute(table(["Date", "Montant brut", "Remise"], [["01/02/2025", "100,00", "10,00"]]));
    expect(r.totals.caop.toFixed(2)).toBe("90.00");
    expect(r.reading.amount).toMatchObject({ is: "gross", by: "header" });
  });
});

/** A generated line: quantity, price in cents, discount (rate in % or amount in cents). */
interface Line {
  q: number;
  pCents: number;
  ratePct: number;
}

/** Writes an exact decimal with the mark, optionally with thousands separators (the other mark). */
function write(d: Decimal, mark: "," | ".", thousands: boolean, minDecimals: number): string {
  const fixed = d.toFixed(Math.max(minDecimals, d.decimalPlaces()));
  const [int, frac] = fixed.split(".");
  const other = mark === "," ? "." : ",";
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, other) : int;
  return frac === undefined ? grouped : grouped + mark + frac;
}

describe("net/gross facts checked under a reading a later chunk overturns", () => {
  it("are dropped, so streamed = whole (a 0,0001 discount read as a rate until a 100,00 one)", async () => {
    const t = table(
      ["Date", "Qté", "PU HT", "Remise", "Montant HT"],
      [
        ["01/03/2025", "1", "0,01", "0,0001", "0,0099"],
        ["28/03/2025", "10", "100,00", "100,00", "900,00"],
      ],
    );
    const whole = toJson(compute(t));
    expect([whole.caop, whole.deductions.discount]).toEqual(["900.0099", "100.0001"]);
    const streamed = toJson(await computeChunks(source(split(t, [1]))));
    expect(sorted(streamed)).toEqual(sorted(whole));
    expect(streamed.diagnostics.map((d) => d.code)).not.toContain("amount_reading_contradicted");
  });
});

describe("property: random decimal marks, rate/amount discounts, net/gross layouts (decimal.js reference, streamed = whole)", () => {
  const line = fc.record({
    q: fc.integer({ min: 1, max: 40 }),
    pCents: fc.integer({ min: 1, max: 500_000 }),
    ratePct: fc.integer({ min: 0, max: 60 }),
  });
  it("gives the reference figures, and the same in any chunking", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<"," | ".">(",", "."),
        fc.boolean(),
        fc.constantFrom("rate_pct", "rate_fraction", "amount"),
        fc.constantFrom("net", "gross"),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 4 }),
        async (lines: Line[], mark, thousands, discount, amountIs, sizes) => {
          let gross = new Decimal(0);
          let ded = new Decimal(0);
          const rows = lines.map((l, i) => {
            const g = new Decimal(l.pCents).div(100).times(l.q);
            const rate = new Decimal(l.ratePct).div(100);
            const d = g.times(rate);
            gross = gross.plus(g);
            ded = ded.plus(d);
            const remise =
              discount === "rate_pct"
                ? `${l.ratePct} %`
                : discount === "rate_fraction"
                  ? write(rate, mark, false, 0)
                  : write(d, mark, thousands, 2);
            const amount = amountIs === "net" ? g.minus(d) : g;
            const day = String((i % 28) + 1).padStart(2, "0");
            return [
              `${day}/03/2025`,
              String(l.q),
              write(new Decimal(l.pCents).div(100), mark, thousands, 2),
              remise,
              write(amount, mark, thousands, 2),
            ];
          });
          // A rate column must show a fraction to be told from amounts: one 0.5 line proves it.
          if (discount === "rate_fraction") {
            rows.push([
              "28/03/2025",
              "1",
              write(new Decimal(2), mark, false, 2),
              write(new Decimal("0.5"), mark, false, 0),
              write(new Decimal(amountIs === "net" ? 1 : 2), mark, false, 2),
            ]);
            gross = gross.plus(2);
            ded = ded.plus(1);
          }
          // Discount amounts must show one above 1 to be told from rates (SPEC 2.2: all within 0–1 is a rate).
          if (discount === "amount") {
            const g = new Decimal(1000);
            rows.push([
              "28/03/2025",
              "10",
              write(new Decimal(100), mark, thousands, 2),
              write(new Decimal(100), mark, thousands, 2),
              write(amountIs === "net" ? g.minus(100) : g, mark, thousands, 2),
            ]);
            gross = gross.plus(g);
            ded = ded.plus(100);
          }
          const t = table(["Date", "Qté", "PU HT", "Remise", "Montant HT"], rows);
          const whole = toJson(compute(t));
          expect(
            [whole.gross_sales, whole.deductions.discount, whole.caop].map((x) => new Decimal(x).toFixed()),
          ).toEqual([gross.toFixed(), ded.toFixed(), gross.minus(ded).toFixed()]);
          const streamed = toJson(await computeChunks(source(split(t, sizes))));
          expect(sorted(streamed)).toEqual(sorted(whole));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("sales reports with gross, deduction and net columns (Shopify, Square, in French)", () => {
  it("Shopify's monthly report: Réductions are the discounts, Ventes nettes the net (no double deduction)", () => {
    const r = compute(
      table(
        ["Mois", "Commandes", "Ventes brutes", "Réductions", "Retours", "Ventes nettes"],
        [
          ["2025-01", "10", "1000.00", "-100.00", "-50.00", "850.00"],
          ["2025-02", "12", "2000.00", "-200.00", "0.00", "1800.00"],
        ],
      ),
    );
    // The accountant: 850 + 1 800 = 2 650, of gross 3 000 less 300 of discounts and 50 of returns.
    const j = toJson(r);
    expect([j.caop, j.gross_sales, j.deductions.discount, j.deductions.return]).toEqual([
      "2650.00",
      "3000.00",
      "300.00",
      "50.00",
    ]);
  });

  it("Square's item detail: a discounted sale is counted at its Ventes nettes, once", () => {
    const r = compute(
      table(
        ["Date", "Heure", "Article", "Qté", "Ventes brutes", "Remises", "Ventes nettes", "Taxe"],
        [
          ["05/01/2025", "10:00:00", "Formule midi", "2", "25,00 €", "-2,50 €", "22,50 €", "2,25 €"],
          ["05/01/2025", "11:00:00", "Café", "1", "1,80 €", "0,00 €", "1,80 €", "0,18 €"],
          ["10/02/2025", "10:00:00", "Café", "2", "3,60 €", "0,00 €", "3,60 €", "0,36 €"],
        ],
      ),
    );
    // 22.50 + 1.80 + 3.60 (the discount of 2.50 taken once).
    expect(r.totals.caop.toFixed(2)).toBe("27.90");
  });
});

describe("amounts saved by Excel in a Windows-1252 CSV with their U+202F thousands written ?", () => {
  it("reads 1?200,50 as 1 200,50, the decimal mark proven ',' by the column", () => {
    const r = compute(
      table(
        ["Date", "Client", "Montant HT"],
        [
          ["03/01/2025", "Boulangerie Martin", "1?200,50\u00a0€"],
          ["10/01/2025", "Garage des Alpes", "850,00\u00a0€"],
          ["20/01/2025", "SCI Les Tilleuls", "12?000,00\u00a0€"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("14050.50");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("an amount column that cannot tell its decimal mark, beside dates proven month first", () => {
  const us = table(
    ["Date", "Invoice #", "Customer", "Amount"],
    [
      ["1/5/25", "1001", "Acme Corp", "1,250"],
      ["1/20/25", "1002", "Globex", "3,400"],
      ["2/13/25", "1003", "Initech", "850"],
    ],
  );

  it("reads ',' as thousands, as the American export writes them, with a note naming the dates' proof", () => {
    const r = compute(us);
    // The accountant: 1 250 + 3 400 + 850 dollars of whole amounts.
    expect(r.totals.caop.toFixed(2)).toBe("5500.00");
    const note = r.diagnostics.find((d) => d.code === "decimal_mark_from_dates");
    expect([note?.row, note?.column, note?.value, note?.args]).toEqual([
      2,
      "Amount",
      "1,250",
      { dates: "Date", dateRow: 3, dateValue: "1/20/25" },
    ]);
    // It replaces the "mark assumed" warning: the dates decided.
    expect(r.diagnostics.map((d) => d.code)).not.toContain("decimal_mark_assumed");
  });

  it("gives the same figure streamed, the month-first date in a later chunk (read again)", async () => {
    const r = await computeChunks(source(split(us, [1, 1])));
    expect(r.totals.caop.toFixed(2)).toBe("5500.00");
    expect(r.diagnostics.filter((d) => d.code === "decimal_mark_from_dates")).toHaveLength(1);
  });

  it("leaves the user's --decimal , and a column that proves its mark alone", () => {
    expect(compute(us, { decimal: "," }).totals.caop.toFixed(2)).toBe("854.65");
    const proven = table(us.headers, [...us.rows, ["2/20/25", "1004", "Umbrella", "1,5"]]);
    expect(compute(proven).diagnostics.map((d) => d.code)).not.toContain("decimal_mark_from_dates");
  });
});

describe("a discount at a rate beside a net column the invoice rounded to the cent", () => {
  const t = (net1: CellValue, net2: CellValue) =>
    table(
      ["Date", "Client", "Montant brut", "Remise %", "Net HT"],
      [
        ["03/01/2025", "Boulangerie Martin", 141.33, 5, net1],
        ["10/01/2025", "Garage des Alpes", 99.99, 15, net2],
      ],
    );

  it("counts the net invoiced (134.26 + 84.99), the discount gross − net, without a mismatch", () => {
    // Excel's =ROUND(C2*(1-D2/100);2): 134.2635 → 134.26, 84.9915 → 84.99.
    for (const fastPath of [true, false]) {
      const j = toJson(compute(t(134.26, 84.99), { fastPath }));
      expect([j.caop, j.gross_sales, j.deductions.discount]).toEqual(["219.25", "241.32", "22.07"]);
      expect(j.diagnostics.map((d) => d.code)).not.toContain("net_mismatch");
    }
  });

  it("still says a net that is not the rounded gross − discount (a cent off beyond the rounding)", () => {
    const r = compute(t(134.25, 84.99));
    expect(r.diagnostics.filter((d) => d.code === "net_mismatch").map((d) => d.row)).toEqual([2]);
  });
});
