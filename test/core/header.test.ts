import ExcelJS from "exceljs";
import { findHeaderRow } from "../../src/core/header";
import { compute } from "../../src/core/engine";
import { tableFromGrid } from "../../src/workbook/grid";
import { readCsv } from "../../src/workbook/readers/csv";
import { readXlsx } from "../../src/workbook/readers/xlsx";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("finding the header row under a title", () => {
  it("is the first row naming a date and an amount; -1 when none does", () => {
    expect(
      findHeaderRow([["Export des ventes"], [], ["Date", "Libellé", "Montant HT"], ["x", "y", "z"]]),
    ).toBe(2);
    expect(findHeaderRow([["Date", "Montant"]])).toBe(0);
    expect(
      findHeaderRow([
        ["Nom", "Ville"],
        ["a", "b"],
      ]),
    ).toBe(-1);
  });
  it("CSV: a title and a blank line above the header are read as a title, with sheet row numbers", () => {
    const t = readCsv(
      utf8("Export des ventes - janvier 2025\n\nDate;Compte;Montant\n15/01/2025;706000;abc\n"),
    );
    expect(t.headers).toEqual(["Date", "Compte", "Montant"]);
    expect(t.firstRow).toBe(4);
    expect(t.readDiagnostics?.map((d) => [d.code, d.row])).toEqual([["above_header", 3]]);
    const r = compute(t);
    expect(r.diagnostics.find((d) => d.code === "amount_unreadable")?.row).toBe(4);
  });
  it("CSV: a title with a comma does not decide the separator", () => {
    const t = readCsv(utf8("Ventes, janvier 2025\nDate;Libellé;Montant\n15/01/2025;Vente;1 000,50\n"));
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("1000.50");
  });
  it('CSV: Excel\'s "sep=;" line declares the separator', () => {
    const t = readCsv(utf8("sep=;\r\nDate;Libellé;Montant\r\n15/01/2025;Vente, lot 2;12,00\r\n"));
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    expect(t.rows[0]).toEqual(["15/01/2025", "Vente, lot 2", "12,00"]);
    // Excel hides the sep= line: the first data line is row 2 (SPEC 2.2).
    expect(t.firstRow).toBe(2);
  });
  it("xlsx: title rows above the header are skipped with a diagnostic", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ventes");
    ws.getCell("A1").value = "Grand livre des ventes 2025";
    ws.getCell("A2").value = "Société Exemple SAS";
    ws.addRow([]);
    ws.getRow(4).values = ["Date", "Compte", "Montant"];
    ws.getRow(5).values = [new Date(Date.UTC(2025, 0, 15)), "706000", 99.5];
    const t = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t.headers).toEqual(["Date", "Compte", "Montant"]);
    expect(t.firstRow).toBe(5);
    expect(t.readDiagnostics?.[0]).toMatchObject({ code: "above_header", row: 4 });
    expect(compute(t).totals.caop.toFixed(2)).toBe("99.50");
  });
  it("a sheet range read by the add-in: the header under a title keeps the sheet's row numbers", () => {
    const t = tableFromGrid(
      [
        ["Ventes janvier", "", ""],
        ["Date", "Libellé", "Montant"],
        ["15/01/2025", "Vente", "10"],
      ],
      { sheet: "Feuil1", row: 1, col: 1 },
    );
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    expect(t.firstRow).toBe(3);
    expect(t.source).toBe("Feuil1!A2:C3");
  });
});
