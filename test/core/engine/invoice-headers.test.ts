/**
 * Exports listing each invoice's header row (its total) above its lines, a column saying which row is
 * which (evidence/invoice-headers.ts): NetSuite's saved searches (`Main Line` `*`), ERP sales
 * documents (`Type ligne` Entête / Ligne). The lines count; the header rows are set apart, said.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

/** The diagnostics of this pass: code, row, column, value and the args that matter. */
const said = (r: {
  diagnostics: { code: string; row: number; column: string; value: string; args?: Record<string, unknown> }[];
}) =>
  r.diagnostics
    .filter((d) => d.code.startsWith("invoice_header"))
    .map((d) => [d.code, d.row, d.column, d.value, d.args?.count, d.args?.written, d.args?.lines]);

const months = (r: ReturnType<typeof toJson>) => Object.fromEntries(r.months.map((m) => [m.period, m.caop]));

/** A NetSuite saved search (FR locale): the main line `*` holds the invoice's total, its items below. */
const NS = ["Main Line", "Type", "Date", "Document Number", "Name", "Item", "Memo", "Amount"];
const netsuite = table(NS, [
  ["*", "Invoice", "02/01/2025", "INV1", "Dupont SA", "", "", "3 057,41"],
  ["", "Invoice", "02/01/2025", "INV1", "", "SVC-CONSULT", "Audit sécurité", "3 057,41"],
  ["*", "Invoice", "15/01/2025", "INV2", "Martin SARL", "", "", "1 000,00"],
  ["", "Invoice", "15/01/2025", "INV2", "", "SVC", "Conseil", "600,00"],
  ["", "Invoice", "15/01/2025", "INV2", "", "LIC", "Licence", "400,00"],
  ["*", "Invoice", "03/02/2025", "INV3", "Durand", "", "", "250,50"],
  ["", "Invoice", "03/02/2025", "INV3", "", "HW", "Switch", "250,50"],
]);

/** An ERP's sales documents (EBP / Divalto style): the Entête row is the document's total. */
const ERP = ["N° pièce", "Type ligne", "Date", "Client", "Désignation", "Quantité", "PU HT", "Montant HT"];
const erp = table(ERP, [
  ["FA1", "Entête", "02/01/2025", "Orange", "Facture Orange", "", "", "4834,37"],
  ["FA1", "Ligne", "02/01/2025", "Orange", "Accompagnement", "8", "93,17", "745,36"],
  ["FA1", "Ligne", "02/01/2025", "Orange", "Accompagnement", "10", "309,22", "3092,20"],
  ["FA1", "Ligne", "02/01/2025", "Orange", "Traduction", "3", "332,27", "996,81"],
  ["FA2", "Entête", "03/01/2025", "Clinique", "Facture Clinique", "", "", "3353,20"],
  ["FA2", "Ligne", "03/01/2025", "Clinique", "Accompagnement", "8", "419,15", "3353,20"],
  ["FA3", "Entête", "10/02/2025", "Orange", "Facture Orange", "", "", "1 500,00"],
  ["FA3", "Ligne", "10/02/2025", "Orange", "Formation", "2", "500,00", "1 000,00"],
  ["FA3", "Ligne", "10/02/2025", "Orange", "Conseil", "1", "500,00", "500,00"],
]);

describe("an invoice's header row above its lines, a column marking it", () => {
  it("NetSuite `Main Line` `*`: the items count, the main lines are set apart, said once", () => {
    const e = compute(netsuite);
    const r = toJson(e);
    // Items: 3 057,41 + 600 + 400 + 250,50 = 4 307,91 (not 8 615,82 with the main lines).
    // Jan: 3 057,41 + 1 000 = 4 057,41; Feb: 250,50.
    expect([r.caop, months(r)]).toEqual(["4307.91", { "2025-01": "4057.41", "2025-02": "250.50" }]);
    expect(said(e)).toEqual([["invoice_header_rows", 2, "Main Line", "*", 3, undefined, undefined]]);
  });

  it("ERP `Type ligne` Entête / Ligne: the lines count, each Entête equals its lines' sum", () => {
    const e = compute(erp);
    const r = toJson(e);
    // 745,36 + 3 092,20 + 996,81 = 4 834,37; 3 353,20; 1 000 + 500 = 1 500: 9 687,57 (not 19 375,14).
    expect([r.caop, months(r)]).toEqual(["9687.57", { "2025-01": "8187.57", "2025-02": "1500.00" }]);
    expect(said(e)).toEqual([["invoice_header_rows", 2, "Type ligne", "Entête", 3, undefined, undefined]]);
  });

  it("the marker's values prove it under any header (`Type`, `En-tête` / `Détail`); texts in FR and EN", () => {
    const t = table(
      ["N° pièce", "Type", "Date", "Client", "Montant HT"],
      [
        ["FA1", "En-tête", "15/01/2025", "Dupont", "1000,00"],
        ["FA1", "Détail", "15/01/2025", "Dupont", "600,00"],
        ["FA1", "Détail", "15/01/2025", "Dupont", "400,00"],
      ],
    );
    const c = compute(t);
    // 600 + 400 = 1 000.
    expect(toJson(c).caop).toBe("1000.00");
    const d = c.diagnostics.find((x) => x.code === "invoice_header_rows");
    expect([d?.message, d?.messageEn]).toEqual([
      expect.stringContaining("ligne 2"),
      expect.stringContaining("row 2"),
    ]);
    expect(d?.message).toContain("« En-tête »");
    expect(d?.messageEn).toContain('"Type"');
  });

  it("a main line carrying the tax (total TTC) over net items: the items count, the difference said", () => {
    const t = table(NS, [
      ["*", "Invoice", "15/01/2025", "INV2", "Martin SARL", "", "", "1 200,00"],
      ["", "Invoice", "15/01/2025", "INV2", "", "SVC", "Conseil", "600,00"],
      ["", "Invoice", "15/01/2025", "INV2", "", "LIC", "Licence", "400,00"],
      ["*", "Invoice", "20/01/2025", "INV3", "Durand", "", "", "300,00"],
      ["", "Invoice", "20/01/2025", "INV3", "", "HW", "Switch", "300,00"],
    ]);
    const e = compute(t);
    // Net items: 600 + 400 + 300 = 1 300. INV2's main line 1 200 ≠ its items' 1 000 (VAT 20 %): said.
    expect(toJson(e).caop).toBe("1300.00");
    expect(said(e)).toEqual([
      ["invoice_header_rows", 2, "Main Line", "*", 2, undefined, undefined],
      ["invoice_header_off", 2, "Amount", "1 200,00", 1, "1200.00", "1000.00"],
    ]);
    const off = e.diagnostics.find((d) => d.code === "invoice_header_off");
    expect(off?.severity).toBe("warning");
  });

  it("a header row without any line below it: set apart all the same, said (its lines: 0)", () => {
    const t = table(NS, [
      ...netsuite.rows.slice(0, 2),
      ["*", "Invoice", "20/01/2025", "INV9", "Petit", "", "", "500,00"],
    ]);
    const e = compute(t);
    // 3 057,41 (INV1's item); INV9 has no item in the export: its 500 is not counted, said.
    expect(toJson(e).caop).toBe("3057.41");
    expect(said(e)[1]).toEqual(["invoice_header_off", 4, "Amount", "500,00", 1, "500.00", "0.00"]);
  });

  it("header rows without an amount of their own: set apart, no line ignored for them", () => {
    const t = table(
      ERP,
      erp.rows.map((row) => (row[1] === "Entête" ? [...row.slice(0, 7), ""] : row)),
    );
    const e = compute(t);
    // The lines as before: 9 687,57; the blank header amounts are no lines to ignore.
    expect([
      toJson(e).caop,
      e.ignored.count,
      e.diagnostics.map((d) => d.code).filter((c) => c !== "date_order_locale"),
    ]).toEqual(["9687.57", 0, ["invoice_header_rows"]]);
  });

  it("not proven: a line type column with other values, or lines only; a Main Line without `*`", () => {
    const other = table(ERP, [
      ["FA1", "Ligne", "02/01/2025", "Orange", "Conseil", "1", "600,00", "600,00"],
      ["FA1", "Commentaire", "02/01/2025", "Orange", "Entête commentée", "", "", "400,00"],
    ]);
    // Nothing proves a header row: 600 + 400 counted as written.
    expect([toJson(compute(other)).caop, said(compute(other))]).toEqual(["1000.00", []]);
    const lines = table(
      ERP,
      erp.rows.filter((row) => row[1] === "Ligne"),
    );
    expect([toJson(compute(lines)).caop, said(compute(lines))]).toEqual(["9687.57", []]);
    const noStar = table(
      NS,
      netsuite.rows.map((row) => ["", ...row.slice(1)]),
    );
    // Every row counted: 2 × 4 307,91 = 8 615,82 (nothing marks a main line).
    expect(toJson(compute(noStar)).caop).toBe("8615.82");
  });

  // Round 28b (outside) K01: Lightspeed X-Series' sales history, a receipt's Sale, Product and Payment rows.
  const LS = ["Date", "Receipt Number", "Line Type", "Quantity", "Subtotal", "Sales Tax", "Total", "Details"];
  const lightspeed = table(LS, [
    ["2025-01-06 10:12:00", "1201", "Sale", "2", "83.00", "16.60", "99.60", ""],
    ["2025-01-06 10:12:00", "1201", "Product", "1", "49.00", "9.80", "58.80", ""],
    ["2025-01-06 10:12:00", "1201", "Product", "1", "34.00", "6.80", "40.80", ""],
    ["2025-01-06 10:12:00", "1201", "Payment", "", "", "", "99.60", "Credit Card"],
    ["2025-02-08 16:45:00", "1204", "Sale", "2", "64.00", "12.80", "76.80", ""],
    ["2025-02-08 16:45:00", "1204", "Product", "1", "49.00", "9.80", "58.80", ""],
    ["2025-02-08 16:45:00", "1204", "Product", "1", "15.00", "3.00", "18.00", ""],
    ["2025-02-08 16:45:00", "1204", "Payment", "", "", "", "76.80", "Credit Card"],
  ]);

  it("Lightspeed X-Series `Line Type`: Product rows count; Sale rows are receipt totals, Payment rows tenders", () => {
    // 49 + 34 + 49 + 15 = 147 (ex tax); each Sale row equals its Product rows, no header said off.
    const r = compute(lightspeed);
    expect(toJson(r).caop).toBe("147.00");
    expect(said(r)).toEqual([["invoice_header_rows", 2, "Line Type", "Sale", 2, undefined, undefined]]);
    const tender = r.diagnostics.find((d) => d.code === "invoice_tender_rows");
    expect([tender?.row, tender?.value, tender?.args?.count]).toEqual([5, "Payment", 2]);
    // `Sale` / `Refund` under `Line Type` (no Product rows) proves nothing: read as written.
    const other = table(LS, [
      ["2025-01-06", "1", "Sale", "1", "10.00", "2.00", "12.00", ""],
      ["2025-01-07", "2", "Refund", "1", "-10.00", "-2.00", "-12.00", ""],
    ]);
    expect(said(compute(other))).toEqual([]);
  });

  it("read in chunks, Lightspeed's receipts cut between two: the figures and the words of the whole file", async () => {
    const whole = toJson(compute(lightspeed));
    for (const sizes of [[3], [2, 3], [4]]) {
      const r = toJson(await computeChunks(source(split(lightspeed, sizes))));
      expect([r.caop, r.months, r.diagnostics]).toEqual(["147.00", whole.months, whole.diagnostics]);
    }
  });

  it("the G / A analytic lines of a `Type ligne` column are not read as headers", () => {
    const t = table(
      ["Date", "Pièce", "Compte", "Type ligne", "Libellé", "Débit", "Crédit"],
      [
        ["15/01/2025", "FA1", "706000", "G", "Facture Durand", "", "1 200,00"],
        ["15/01/2025", "FA1", "706000", "A", "Facture Durand", "", "800,00"],
        ["15/01/2025", "FA1", "706000", "A", "Facture Durand", "", "400,00"],
      ],
    );
    expect([toJson(compute(t)).caop, said(compute(t))]).toEqual(["1200.00", []]);
  });

  it("read in chunks, an invoice cut between two: the figures and the words of the whole file", async () => {
    // The figures of the tests above: 9 687,57 (ERP) and 4 307,91 (NetSuite).
    for (const [t, sizes, caop] of [
      [erp, [2, 5], "9687.57"],
      [erp, [4, 1, 3], "9687.57"],
      [netsuite, [3], "4307.91"],
    ] as const) {
      const whole = toJson(compute(t));
      const r = toJson(await computeChunks(source(split(t, [...sizes]))));
      expect([r.caop, r.months, r.diagnostics]).toEqual([caop, whole.months, whole.diagnostics]);
    }
  });

  it("read in chunks, a header's lines off across the cut and at the file's end: said as whole", async () => {
    const t = table(NS, [
      ["*", "Invoice", "15/01/2025", "INV2", "Martin SARL", "", "", "1 200,00"],
      ["", "Invoice", "15/01/2025", "INV2", "", "SVC", "Conseil", "600,00"],
      ["", "Invoice", "15/01/2025", "INV2", "", "LIC", "Licence", "400,00"],
      ["*", "Invoice", "20/01/2025", "INV3", "Durand", "", "", "300,00"],
      ["", "Invoice", "20/01/2025", "INV3", "", "HW", "Switch", "300,00"],
      ["*", "Invoice", "21/01/2025", "INV4", "Petit", "", "", "360,00"],
      ["", "Invoice", "21/01/2025", "INV4", "", "HW", "Switch", "300,00"],
    ]);
    const e = compute(t);
    const whole = toJson(e);
    // 600 + 400 + 300 + 300 = 1 600; INV2 (1 200 ≠ 1 000) and INV4 (360 ≠ 300) said, first INV2.
    expect(whole.caop).toBe("1600.00");
    expect(said(e)).toEqual([
      ["invoice_header_rows", 2, "Main Line", "*", 3, undefined, undefined],
      ["invoice_header_off", 2, "Amount", "1 200,00", 2, "1200.00", "1000.00"],
    ]);
    for (const sizes of [[2], [1, 5], [6]]) {
      const c = await computeChunks(source(split(t, sizes)));
      const r = toJson(c);
      expect([r.caop, r.months, said(c), r.diagnostics]).toEqual([
        whole.caop,
        whole.months,
        said(e),
        whole.diagnostics,
      ]);
    }
  });
});
