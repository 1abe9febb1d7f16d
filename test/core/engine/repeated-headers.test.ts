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
  it("sets apart the repeated header and its title (no error on them); credit notes under a credit-note title, all positive, subtract", () => {
    // The accountant's figure: 1 000 + 2 000 − the 200 credit note.
    const r = compute(stacked);
    expect(r.totals.caop.toFixed(2)).toBe("2800.00");
    expect(r.totals.deductions.return.toFixed(2)).toBe("200.00");
    expect(r.ignored.count).toBe(0);
    expect(said(r)).toEqual([["repeated_header", 7, "Avoirs janvier 2025", undefined]]);
    expect(r.diagnostics.find((d) => d.code === "credit_note_section_read")).toMatchObject({
      severity: "info",
      row: 6,
      value: "Avoirs janvier 2025",
      args: { count: 1 },
    });
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

describe("a heading naming credit notes over positive lines (a hand-kept sheet)", () => {
  const sheet = (avoirs: string[]): RawTable => ({
    headers: ["Date", "N°", "Client", "Montant HT"],
    rows: [
      ["FACTURES", null, null, null],
      ["08/01/2025", "F101", "Dupont", "2400,00"],
      ["21/01/2025", "F102", "Martin", "1300,00"],
      ["12/02/2025", "F103", "Leroy", "980,00"],
      [null, null, null, null],
      ["AVOIRS", null, null, null],
      ["30/01/2025", "A011", "Martin", avoirs[0]],
      ["15/02/2025", "A012", "Dupont", avoirs[1]],
    ],
    firstRow: 2,
    source: "ventes.xlsx",
  });

  it("subtracts the lines under 'AVOIRS' typed in the date column when all are positive, and says so", () => {
    // The accountant's figure: 2 400 + 1 300 + 980 − 300 − 175 = 4 205.
    const r = compute(sheet(["300,00", "175,00"]));
    expect(r.totals.caop.toFixed(2)).toBe("4205.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "3400.00"],
      ["2025-02", "805.00"],
    ]);
    const codes = r.diagnostics.map((d) => d.code);
    // The headings are no lines: no error on them.
    expect(codes).not.toContain("amount_empty");
    expect(codes).not.toContain("date_unreadable");
    expect(r.diagnostics.find((d) => d.code === "credit_note_section_read")).toMatchObject({
      row: 7,
      value: "AVOIRS",
      args: { count: 2 },
    });
  });

  it("reads them as written when some are negative (signed), and warns of the positive ones", () => {
    const r = compute(sheet(["-300,00", "175,00"]));
    expect(r.totals.caop.toFixed(2)).toBe("4555.00");
    expect(r.diagnostics.find((d) => d.code === "credit_note_section")).toMatchObject({
      severity: "warning",
      row: 7,
      args: { count: 1 },
    });
  });

  it("leaves a ledger's headings to its accounts (an account column decides)", () => {
    const t: RawTable = {
      headers: ["Date", "Compte", "Libellé", "Montant"],
      rows: [
        ["Retours", null, null, null],
        ["08/01/2025", "706000", "Vente", "500,00"],
      ],
      firstRow: 2,
      source: "gl.csv",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("500.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("credit_note_section_read");
  });
});

describe("headings that are no credit-note titles (round 21)", () => {
  const under = (heading: string, tail: (string | null)[][] = []): RawTable => ({
    headers: ["Date", "Client", "Désignation", "Montant HT"],
    rows: [
      ["05/01/2025", "Durand", "Prestation", "100,00"],
      [heading, null, null, null],
      ["10/01/2025", "Dupont", "Prestation", "50,00"],
      ...tail,
    ],
    firstRow: 2,
    source: "ventes.csv",
  });

  it("a customer, an activity or re-billed costs heading its lines: sales, 100 + 50", () => {
    for (const h of [
      "Avoir & Associés",
      "LOGISTIQUE DES RETOURS",
      "SAV / RETOURS ATELIER",
      "REMBOURSEMENTS DE FRAIS",
      "Remboursements",
    ])
      expect([h, compute(under(h)).totals.caop.toFixed(2)]).toEqual([h, "150.00"]);
  });

  it("credit-note titles naming whose or when subtract; a blank row after the credit notes ends the section", () => {
    for (const h of [
      "AVOIRS",
      "Avoirs émis janvier 2025",
      "Notes de crédit T1",
      "Annulations",
      "Retours clients",
    ])
      expect([h, compute(under(h)).totals.caop.toFixed(2)]).toEqual([h, "50.00"]);
    // AVOIRS, its credit note, a blank row, then a sale again: 100 − 50 + 20.
    const t = under("AVOIRS", [
      [null, null, null, null],
      ["20/01/2025", "Martin", "Prestation", "20,00"],
    ]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("70.00");
  });
});
