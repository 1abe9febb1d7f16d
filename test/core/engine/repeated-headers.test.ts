/** A header repeated inside the data: tables stacked on one sheet (evidence/repeated-headers.ts). */
import { compute } from "../../../src/core/engine";
import type { RawTable } from "../../../src/core/types";

const stacked: RawTable = {
  headers: ["Date", "N° pièce", "Client", "Montant HT"],
  rows: [
    ["05/01/2025", "F001", "Dupont", "1000,00"],
    ["06/01/2025", "F002", "Martin", "2000,00"],
    [null, null, null, null],
    ["Avoirs janvier 2025", null, null, null],
    ["Date", "N° pièce", "Client", "Montant HT"],
    ["20/01/2025", "AV001", "Dupont", "200,00"],
  ],
  firstRow: 3,
  source: "ventes.xlsx",
};

const said = (r: ReturnType<typeof compute>) =>
  r.diagnostics
    .filter((d) => d.severity !== "info" || d.code === "repeated_header")
    .map((d) => [d.code, d.row, d.value, d.args?.count]);

describe("a header repeated inside the data", () => {
  it("sets apart the repeated header and its title (no error on them); a credit-note title is warned of", () => {
    const r = compute(stacked);
    expect(r.totals.caop.toFixed(2)).toBe("3200.00");
    expect(r.ignored.count).toBe(0);
    expect(said(r)).toEqual([
      ["repeated_header", 7, "Avoirs janvier 2025", undefined],
      ["credit_note_section", 6, "Avoirs janvier 2025", 1],
    ]);
  });

  it("a page's header again without a title: set apart, said, nothing else", () => {
    const t = { ...stacked, rows: stacked.rows.filter((_, i) => i !== 3 && i !== 2) };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("3200.00");
    expect(said(r)).toEqual([["repeated_header", 5, "Date", undefined]]);
  });
});

describe("section headings among the lines", () => {
  it("a row of one text, no date, no amount (a customer heading its invoices) is no line, said once", () => {
    const t: RawTable = {
      headers: ["", "Date", "Mémo", "Montant"],
      rows: [
        ["Dupont SA", null, null, null],
        [null, "06/01/2025", "Mission", "1000.00"],
        ["Martin SARL", null, null, null],
        [null, "12/03/2025", "Mission", "1500.00"],
      ],
      firstRow: 6,
      source: "ventes-par-client.csv",
    };
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.ignored.count]).toEqual(["2500.00", 0]);
    const d = r.diagnostics.filter((x) => x.code === "section_rows");
    expect(d.map((x) => [x.severity, x.row, x.value, x.args?.count])).toEqual([["info", 6, "Dupont SA", 2]]);
    expect(r.diagnostics.map((x) => x.code)).not.toContain("amount_empty");
  });
});
