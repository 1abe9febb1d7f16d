/**
 * Which columns a sales list is read from, and what is said when the data cannot prove it (outside
 * black-box findings, session 8): tax-exclusive amounts first, a net column before a gross one, the
 * customer's own account, a due date standing for the sales date, credit-note codes and signs.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import type { CellValue, RawTable } from "../../../src/core/types";

const table = (headers: string[], rows: CellValue[][]): RawTable => ({
  headers,
  rows,
  firstRow: 2,
  source: "t",
});
const codes = (r: { diagnostics: { code: string }[] }): string[] => r.diagnostics.map((d) => d.code);

describe("the amount column of a sales list", () => {
  it("is the gross one beside its discount and a discounted column ('Montant HT remisé', 'Total HT après remise')", () => {
    for (const net of [
      "Montant HT remisé",
      "Total HT remisé",
      "HT remisé",
      "Total HT après remise",
      "Net après remise",
    ])
      for (const [disc, a, b] of [
        ["Remise %", "10", "0"],
        ["Remise", "100,00", "0,00"],
      ]) {
        const r = compute(
          table(
            ["Date", "Client", "Montant HT", disc, net],
            [
              ["05/01/2025", "Dupont", "1000,00", a, "900,00"],
              ["06/01/2025", "Martin", "2000,00", b, "2000,00"],
            ],
          ),
        );
        expect([net, disc, r.mapping.net_amount, r.totals.caop.toFixed(2), codes(r)]).toEqual([
          net,
          disc,
          4,
          "2900.00",
          ["date_order_locale"],
        ]);
      }
  });

  it("is the tax-exclusive one beside a plain 'Montant' or 'Total' (often the TTC)", () => {
    for (const [generic, ht] of [
      ["Montant", "Montant HT"],
      ["Montant", "HT"],
      ["Total", "Total HT"],
      ["Amount", "Untaxed Amount"],
    ]) {
      const m = detectMapping(["Date", generic, ht, "TVA"]).mapping;
      expect([generic, ht, m.amount]).toEqual([generic, ht, 2]);
    }
    const r = compute(
      table(
        ["Date", "Compte", "Montant", "Montant HT", "TVA"],
        [
          ["15/01/2025", "706000", "1 200,00", "1 000,00", "200,00"],
          ["16/01/2025", "706000", "600,00", "500,00", "100,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
  });

  it("is the net one beside a gross one without discount column, and the gross left unread is said", () => {
    const r = compute(
      table(
        ["Date", "Account", "Amount", "Net Amount", "Tax"],
        [
          ["15/01/2025", "706000", "1,200.00", "1,000.00", "200.00"],
          ["16/01/2025", "706000", "500.00", "500.00", "0.00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    const d = r.diagnostics.filter((x) => x.code === "gross_unused");
    expect(d.map((x) => [x.row, x.column, x.value, x.severity])).toEqual([
      [2, "Amount", "1,200.00", "warning"],
    ]);
    expect(d[0].message).toContain("« Net Amount »");
    expect(d[0].messageEn).toContain('--map "amount=Amount"');
    // Both columns equal on every row: nothing to say. A gross the user maps is read, as asked.
    const same = compute(
      table(["Date", "Montant brut", "Montant net"], [["15/01/2025", "100,00", "100,00"]]),
    );
    expect(codes(same)).not.toContain("gross_unused");
    const asked = compute(
      table(["Date", "Montant brut", "Montant net"], [["15/01/2025", "120,00", "100,00"]]),
      { mapping: { amount: "Montant brut" } },
    );
    expect([asked.totals.caop.toFixed(2), codes(asked).includes("gross_unused")]).toEqual(["120.00", false]);
  });
});

describe("what the amount column is not (outside check of the rules above)", () => {
  it("an invoice's Total HT repeated on each line, beside the line's Montant (q × p = Montant)", () => {
    const r = compute(
      table(
        ["Date", "N° facture", "Qté", "PU HT", "Montant", "Total HT"],
        [
          ["15/01/2025", "F1", "2", "100,00", "200,00", "1 300,00"],
          ["15/01/2025", "F1", "1", "1 100,00", "1 100,00", "1 300,00"],
        ],
      ),
    );
    expect([r.totals.caop.toFixed(2), r.mapping.amount]).toEqual(["1300.00", 4]);
  });

  it("a net weight, or the TTC left to pay, is never the net amount", () => {
    const w = compute(
      table(
        ["Date", "Poids net (kg)", "Montant HT"],
        [
          ["15/01/2025", "1 000", "850,00"],
          ["16/01/2025", "500", "460,00"],
        ],
      ),
    );
    expect([w.totals.caop.toFixed(2), codes(w).includes("gross_unused")]).toEqual(["1310.00", false]);
    const p = compute(
      table(["Date", "Total HT", "TVA", "Net à payer"], [["15/01/2025", "4 300,00", "860,00", "3 900,00"]]),
    );
    expect(p.totals.caop.toFixed(2)).toBe("4300.00");
  });

  it("a payment platform's Gross / Fee / Net: the fee is a charge, the gross is the sale", () => {
    for (const gross of ["Gross", "Amount"]) {
      const r = compute(
        table(
          ["Date", gross, "Fee", "Net"],
          [
            ["15/01/2025", "100.00", "3.20", "96.80"],
            ["16/01/2025", "319.90", "9.58", "310.32"],
          ],
        ),
      );
      expect([gross, r.totals.caop.toFixed(2)]).toEqual([gross, "419.90"]);
    }
    // A cash discount ("Escompte") is a financial charge (665), not a revenue deduction.
    const e = compute(
      table(
        ["Date", "Client", "Montant brut HT", "Escompte", "Net HT"],
        [["15/01/2025", "Dupont", "1 000,00", "20,00", "980,00"]],
      ),
    );
    expect(e.totals.caop.toFixed(2)).toBe("1000.00");
  });

  it("AV in a Type column of product families (audio-visual) is no credit note; in a Type pièce column it is", () => {
    const r = compute(
      table(
        ["Date", "Type", "Libellé", "Montant HT"],
        [
          ["15/01/2025", "AV", "Vidéoprojecteur", "800,00"],
          ["16/01/2025", "IT", "Ordinateur", "1 200,00"],
        ],
      ),
    );
    expect([r.totals.caop.toFixed(2), r.totals.deductions.return.toFixed(2)]).toEqual(["2000.00", "0.00"]);
  });
});

describe("an account column holding no revenue account", () => {
  it("gives a warning with the way out when every line is outside class 7 (CA OP 0)", async () => {
    const t = table(
      ["Date", "Compte", "HT", "TVA", "TTC"],
      [
        ["15/01/2025", "41100001", "1000,00", "200,00", "1200,00"],
        ["16/01/2025", "41100002", "500,00", "100,00", "600,00"],
      ],
    );
    const r = compute(t);
    const w = r.diagnostics.filter((d) => d.code === "no_revenue_line");
    expect([r.totals.caop.toFixed(2), w.map((d) => [d.severity, d.column, d.amount])]).toEqual([
      "0.00",
      [["warning", "Compte", "1500.00"]],
    ]);
    expect(w[0].messageEn).toContain('--map "client=Compte" --map account=');
    // Read in chunks: said once, for the whole file; one revenue line anywhere and it is not said.
    const chunks = [
      { ...t, rows: t.rows.slice(0, 1) },
      { ...t, rows: t.rows.slice(1), firstRow: 3 },
    ];
    const merged = await computeChunks(async function* () {
      yield* chunks;
    });
    expect(codes(merged).filter((c) => c === "no_revenue_line")).toHaveLength(1);
    const mixed = compute(table(t.headers, [...t.rows, ["17/01/2025", "706000", "10,00", "2,00", "12,00"]]));
    expect(codes(mixed)).not.toContain("no_revenue_line");
    // A foreign chart ("4000 Sales") is read by its names (foreign-chart.ts): 4000 Sales credited 100.00.
    const ukTable = table(
      ["Date", "Account", "Description", "Debit", "Credit"],
      [
        ["15/01/2025", "4000 Sales", "Invoice 1", "", "100.00"],
        ["15/01/2025", "1100 Debtors", "Invoice 1", "100.00", ""],
      ],
    );
    const uk = compute(ukTable);
    expect([uk.totals.caop.toFixed(2), codes(uk).includes("account_chart_names")]).toEqual(["100.00", true]);
    // Mapped by the user, read as the PCG: its own warning and way out; no_revenue_line would mislead.
    const mapped = compute(ukTable, { mapping: { account: "Account" } });
    expect(codes(mapped).filter((c) => c === "account_not_pcg" || c === "no_revenue_line")).toEqual([
      "account_not_pcg",
    ]);
  });

  it("is the client when its header says so ('Compte client', 'Compte tiers')", () => {
    for (const h of ["Compte client", "Compte tiers", "Compte auxiliaire", "Customer account"]) {
      const m = detectMapping(["Date", h, "Montant HT"]).mapping;
      expect([h, m.client, m.account]).toEqual([h, 1, undefined]);
    }
  });
});

describe("a due, delivery or payment date as the only date", () => {
  it("is read, with a warning that the months follow it; not when a sales date exists", () => {
    const r = compute(table(["N° facture", "Date échéance", "Montant HT"], [["F1", "15/02/2025", "100,00"]]));
    const w = r.diagnostics.filter((d) => d.code === "date_not_sales");
    expect(w.map((d) => [d.column, d.severity])).toEqual([["Date échéance", "warning"]]);
    const both = compute(
      table(["Date facture", "Date échéance", "Montant HT"], [["15/01/2025", "15/02/2025", "100,00"]]),
    );
    expect([both.months.map((m) => m.period), codes(both).includes("date_not_sales")]).toEqual([
      ["2025-01"],
      false,
    ]);
  });
});

describe("a date read into a year no sales file holds", () => {
  it("is counted where it was read, with one warning per month naming a row (typing errors, serials)", async () => {
    const t = table(
      ["Date", "Libellé", "Montant HT"],
      [
        ["15/01/2025", "Vente A", "100,00"],
        ["15/01/2205", "Vente B", "200,00"],
        [9147, "Vente C", "400,00"],
        ["16/01/2205", "Vente D", "50,00"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("750.00");
    const w = (x: {
      diagnostics: { code: string; row: number; value: string; args?: Record<string, unknown> }[];
    }) =>
      x.diagnostics.filter((d) => d.code === "date_implausible").map((d) => [d.row, d.value, d.args?.count]);
    expect(w(r)).toEqual([
      [4, "9147 → 1925-01-15", 1],
      [3, "15/01/2205", 2],
    ]);
    // Streamed: one warning per month for the whole file, counts added up.
    const merged = await computeChunks(async function* () {
      for (let i = 0; i < t.rows.length; i++) yield { ...t, rows: [t.rows[i]], firstRow: 2 + i };
    });
    expect(w(merged).sort()).toEqual(w(r).sort());
    const fine = compute(
      table(
        ["Date", "Montant HT"],
        [
          ["31/12/1980", "1,00"],
          ["31/12/2099", "1,00"],
        ],
      ),
    );
    expect(codes(fine)).not.toContain("date_implausible");
  });
});

describe("credit notes of a document-type column", () => {
  it("reads EBP's and Sage's codes AV (avoir) and FA (facture)", () => {
    const r = compute(
      table(
        ["Date", "Type pièce", "Compte", "Montant HT"],
        [
          ["15/01/2025", "FA", "706000", "1000,00"],
          ["16/01/2025", "AV", "706000", "100,00"],
          ["17/01/2025", "FA", "706000", "500,00"],
        ],
      ),
    );
    expect([r.totals.caop.toFixed(2), r.totals.deductions.return.toFixed(2)]).toEqual(["1400.00", "100.00"]);
  });

  it("counts a positive credit note among negative ones as written, with a warning naming it", () => {
    const r = compute(
      table(
        ["Date", "Type pièce", "Compte", "Montant HT"],
        [
          ["15/01/2025", "Facture", "706000", "1000,00"],
          ["16/01/2025", "Avoir", "706000", "100,00"],
          ["17/01/2025", "Avoir", "706000", "-50,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1050.00");
    const w = r.diagnostics.filter((d) => d.code === "credit_note_positive");
    expect(w.map((d) => [d.row, d.column, d.value, d.severity])).toEqual([
      [3, "Type pièce", "Avoir", "warning"],
    ]);
    // All positive: an unsigned export, nothing doubtful to say.
    const unsigned = compute(
      table(
        ["Date", "Type pièce", "Montant HT"],
        [
          ["15/01/2025", "Facture", "1000,00"],
          ["16/01/2025", "Avoir", "100,00"],
        ],
      ),
    );
    expect([unsigned.totals.caop.toFixed(2), codes(unsigned).includes("credit_note_positive")]).toEqual([
      "900.00",
      false,
    ]);
  });
});
