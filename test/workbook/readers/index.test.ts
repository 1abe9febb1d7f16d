import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ReadError, readTableFile } from "../../../src/workbook/readers";

const FIXTURES = join(__dirname, "../../fixtures/readers");

describe("readTableFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "caop-readers-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a .csv with the CSV reader and names the source by base name", async () => {
    const t = await readTableFile(join(FIXTURES, "ventes-bom-semicolon.csv"));
    expect(t.source).toBe("ventes-bom-semicolon.csv");
    expect(t.headers[0]).toBe("Date pièce");
    expect(t.rows[1][2]).toBe("Martin; Fils");
  });

  it("reads a FEC .txt with the FEC reader (stray separators diagnosed)", async () => {
    const t = await readTableFile(join(FIXTURES, "fec-pipe-stray.txt"));
    expect(t.source).toBe("fec-pipe-stray.txt");
    expect(t.headers).toHaveLength(18);
    expect(t.readDiagnostics?.map((d) => d.code)).toEqual(["row_rebuilt", "row_unusable", "missing_fields"]);
  });

  it("reads a .txt without FEC columns as delimited text", async () => {
    const p = join(dir, "export.txt");
    writeFileSync(p, 'Date\tLibellé\tMontant\n2025-01-01\t"a\tb"\t3\n');
    const t = await readTableFile(p);
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    expect(t.rows).toEqual([["2025-01-01", "a\tb", "3"]]);
  });

  it("reads an .xlsx and passes the sheet option", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").addRow(["x"]);
    const ws = wb.addWorksheet("Ventes");
    ws.addRow(["Date", "Montant"]);
    ws.addRow(["2025-01-01", 9.5]);
    const p = join(dir, "Classeur.XLSX");
    await wb.xlsx.writeFile(p);
    const t = await readTableFile(p, { sheet: "Ventes" });
    expect(t.source).toBe("Classeur.XLSX");
    expect(t.rows).toEqual([["2025-01-01", 9.5]]);
  });

  it("throws ReadError for a missing file, an unsupported extension and an empty file", async () => {
    await expect(readTableFile(join(dir, "absent.csv"))).rejects.toMatchObject({ code: "unreadable_file" });
    await expect(readTableFile(join(dir, "vieux.xls"))).rejects.toMatchObject({ code: "unsupported_format" });
    const p = join(dir, "vide.csv");
    writeFileSync(p, "");
    const err = await readTableFile(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).en).toBe('the file "vide.csv" is empty (no header line)');
  });
});
