import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { FEC_COLUMNS } from "../../../src/core/fields";
import { ReadError, readTableFile, streamTableFile } from "../../../src/workbook/readers";

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

  it("reads a FEC .txt whose every field is quoted, separated by ',', as the CSV it is (whole and streamed)", async () => {
    const p = join(dir, "FEC-guillemets.txt");
    const fields = (v: string[]): string => v.map((x) => `"${x}"`).join(",");
    const row = (acc: string, d: string, c: string): string =>
      fields([
        "VE",
        "Ventes",
        "VE1",
        "20250704",
        acc,
        "x",
        "",
        "",
        "P1",
        "20250704",
        "Facture",
        d,
        c,
        "",
        "",
        "20250704",
        "",
        "",
      ]);
    writeFileSync(
      p,
      [
        FEC_COLUMNS.join(","),
        row("411000", "1200,00", "0,00"),
        row("706000", "0,00", "1000,00"),
        row("445710", "0,00", "200,00"),
      ].join("\r\n") + "\r\n",
    );
    const t = await readTableFile(p);
    expect(t.headers).toEqual([...FEC_COLUMNS]);
    expect(t.rows[1][12]).toBe("1000,00");
    expect(t.readDiagnostics ?? []).toEqual([]);
    // The accountant's figure: the 1 000 on 706.
    expect(compute(t).totals.caop.toFixed(2)).toBe("1000.00");
    const streamed = await computeChunks(() => streamTableFile(p));
    expect(streamed.totals.caop.toFixed(2)).toBe("1000.00");
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
