import { MemoryWorkbook } from "../../src/workbook/memory";

describe("MemoryWorkbook.readTable", () => {
  it("reads a sheet with title rows and a blank row above the header (a sparse grid)", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Export", [
      ["Export des ventes"],
      ["Société Exemple — exercice 2025"],
      [],
      ["Date", "Compte", "Montant HT"],
      ["15/01/2025", "701000", "100,00"],
      ["16/01/2025", "701000", "250,50"],
    ]);
    const t = await wb.readTable({ sheet: "Export" });
    expect(t.headers).toEqual(["Date", "Compte", "Montant HT"]);
    expect(t.rows).toHaveLength(2);
    expect(t.firstRow).toBe(5);
    expect(t.source).toBe("Export!A4:C6");
  });
});
