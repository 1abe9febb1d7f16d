/**
 * Odoo's invoices exported with their lines: the invoice's number and date on its first line only,
 * its further lines read at its date (evidence/record-lines.ts). Whole = streamed; ordinary files
 * with a blank date keep it a diagnostic.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { source, split, table } from "./chunking";

const HEADERS = ["Number", "Invoice/Bill Date", "Partner", "Invoice lines/Label", "Invoice lines/Subtotal"];

const odoo = table(HEADERS, [
  ["INV/2025/00001", "2025-01-10", "A", "Maintenance", "1200.00"],
  ["", "", "", "Déplacement", "150.00"],
  ["INV/2025/00002", "2025-01-31", "B", "Audit", "2000.00"],
  ["", "", "", "Support", "300.00"],
  ["", "", "", "Support", "50.00"],
  ["INV/2025/00003", "2025-02-14", "C", "Formation", "900.00"],
  ["", "", "", "Frais", "80.00"],
]);

/** CA OP by month, to the cent. */
function months(r: ReturnType<typeof compute>): Record<string, string> {
  return Object.fromEntries(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)]));
}

describe("Odoo's invoices with their lines", () => {
  it("recognises Odoo's Relation/Field headers (English and French)", () => {
    const en = detectMapping(HEADERS).mapping;
    expect(en).toMatchObject({ id: 0, date: 1, label: 3, amount: 4 });
    const fr = detectMapping([
      "Numéro",
      "Date de facturation",
      "Lignes de facture/Produit",
      "Lignes de facture/Quantité",
      "Lignes de facture/Prix unitaire",
      "Lignes de facture/Sous-total",
    ]).mapping;
    expect(fr).toMatchObject({ id: 0, date: 1, product: 2, quantity: 3, unit_price: 4, amount: 5 });
  });

  it("reads each further line at its invoice's date, with a note", () => {
    const r = compute(odoo);
    expect(months(r)).toEqual({ "2025-01": "3700.00", "2025-02": "980.00" });
    expect(r.diagnostics.some((d) => d.code === "date_empty")).toBe(false);
    const d = r.diagnostics.find((x) => x.code === "record_lines_filled");
    expect(d).toMatchObject({
      row: 3,
      column: "Invoice/Bill Date",
      value: "INV/2025/00001",
      args: { count: 4 },
    });
  });

  it("gives the same figures streamed, an invoice cut by a chunk's end", async () => {
    for (const sizes of [[3], [4], [1, 1, 2]]) {
      const r = await computeChunks(source(split(odoo, sizes)));
      expect(months(r)).toEqual({ "2025-01": "3700.00", "2025-02": "980.00" });
    }
  });

  it("keeps a single undated line, and a total row, out (not proven, never a line)", () => {
    const one = table(HEADERS, [
      ["INV/2025/00001", "2025-01-10", "A", "Maintenance", "1200.00"],
      ["", "", "", "Déplacement", "150.00"],
      ["INV/2025/00002", "2025-01-31", "B", "Audit", "2000.00"],
    ]);
    const r = compute(one);
    expect(r.totals.caop.toFixed(2)).toBe("3200.00");
    expect(r.diagnostics.some((d) => d.code === "date_empty")).toBe(true);
    const totals = table(HEADERS, [...odoo.rows, ["", "", "", "Total", "4680.00"]]);
    expect(compute(totals).totals.caop.toFixed(2)).toBe("4680.00");
  });

  it("leaves undated lines without a line field of their own as they were", () => {
    const bare = table(
      ["Number", "Invoice/Bill Date", "Invoice lines/Subtotal"],
      odoo.rows.map((r) => [r[0], r[1], r[4]]),
    );
    expect(compute(bare).totals.caop.toFixed(2)).toBe("4100.00");
  });

  it("reads no further lines under invoices whose first row holds their total (a header, review wave 21)", () => {
    const headed = table(
      ["Date", "N° facture", "Client", "Libellé", "Montant HT"],
      [
        ["05/03/2025", "F001", "Dupont", "Facture F001", "300,00"],
        ["", "", "", "Prestation conseil", "100,00"],
        ["", "", "", "Formation", "200,00"],
        ["12/03/2025", "F002", "Martin", "Facture F002", "150,00"],
        ["", "", "", "Prestation conseil", "150,00"],
        ["20/03/2025", "F003", "Durand", "Facture F003", "80,00"],
        ["", "", "", "Audit", "80,00"],
      ],
    );
    const r = compute(headed);
    // Counted once (the headers, the undated lines said), never twice (1 060).
    expect(r.totals.caop.toFixed(2)).toBe("530.00");
    expect(r.diagnostics.some((d) => d.code === "record_lines_filled")).toBe(false);
    // One invoice whose further line equals its first by chance keeps the reading.
    const chance = table(HEADERS, [
      ...odoo.rows,
      ["INV/2025/00004", "2025-02-20", "D", "Audit", "100.00"],
      ["", "", "", "Audit bis", "100.00"],
    ]);
    expect(compute(chance).totals.caop.toFixed(2)).toBe("4880.00");
  });
});
