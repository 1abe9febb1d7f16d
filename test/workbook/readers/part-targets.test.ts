import ExcelJS from "exceljs";
import JSZip from "jszip";
import { compute } from "../../../src/core/engine";
import {
  relativeRels,
  relativeTarget,
  withRelativeTargets,
} from "../../../src/workbook/readers/part-targets";
import { readXlsx, readXlsxSheets } from "../../../src/workbook/readers/xlsx";
import { XlsxHost } from "../../../src/workbook/xlsx";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A workbook with an Excel Table (and a totals row), its relationships rewritten with absolute targets as openpyxl writes them. */
async function openpyxlLike(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Ventes");
  ws.addTable({
    name: "Ventes",
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    columns: [{ name: "Date" }, { name: "Client" }, { name: "Montant HT" }],
    rows: [
      [new Date(Date.UTC(2025, 0, 10)), "Durand", 1200.5],
      [new Date(Date.UTC(2025, 1, 3)), "Martin", 800],
    ],
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let absolute = 0;
  for (const name of ["xl/worksheets/_rels/sheet1.xml.rels", "xl/_rels/workbook.xml.rels"]) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const fixed = xml
      .replace(/Target="\.\.\/tables\//g, 'Target="/xl/tables/')
      .replace(/Target="worksheets\//g, 'Target="/xl/worksheets/');
    if (fixed !== xml) absolute++;
    zip.file(name, fixed);
  }
  if (absolute !== 2) throw new Error("no relative target to make absolute");
  return zip.generateAsync({ type: "uint8array" });
}

describe("relativeTarget", () => {
  it("writes a root path from the folder of the part the relationships describe", () => {
    expect(relativeTarget("xl/worksheets/_rels/sheet1.xml.rels", "/xl/tables/table1.xml")).toBe(
      "../tables/table1.xml",
    );
    expect(relativeTarget("xl/_rels/workbook.xml.rels", "/xl/worksheets/sheet1.xml")).toBe(
      "worksheets/sheet1.xml",
    );
    expect(relativeTarget("_rels/.rels", "/xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relativeTarget("xl/drawings/_rels/drawing1.xml.rels", "/xl/media/image1.png")).toBe(
      "../media/image1.png",
    );
  });
});

describe("relativeRels", () => {
  it("leaves external targets (hyperlinks) and relative targets alone", () => {
    const xml =
      '<Relationships><Relationship Id="rId1" Type="t" Target="https://x.fr/a" TargetMode="External"/>' +
      "<Relationship Id='rId2' Type='t' Target='/xl/comments1.xml'/>" +
      '<Relationship Id="rId3" Target="../tables/table2.xml" Type="t"/></Relationships>';
    expect(relativeRels("xl/worksheets/_rels/sheet1.xml.rels", xml)).toBe(
      xml.replace("'/xl/comments1.xml'", "'../comments1.xml'"),
    );
  });
});

describe("withRelativeTargets", () => {
  it("gives back the same bytes when no target is absolute", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow(["Date", "Montant"]);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await withRelativeTargets(data)).toBe(data);
  });

  it("reads a table part reached by an absolute target (openpyxl, pandas) as its relative twin", async () => {
    const data = await openpyxlLike();
    const t = await readXlsx(data, { source: "ventes.xlsx" });
    expect(t.headers).toEqual(["Date", "Client", "Montant HT"]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("2000.50");
    const [streamed] = await readXlsxSheets(data, { source: "ventes.xlsx" });
    expect(streamed.rows).toEqual(t.rows);
  });

  it("opens it in the CLI's workbook host too (caop dashboard)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "caop-targets-")), "ventes.xlsx");
    writeFileSync(file, await openpyxlLike());
    const host = await XlsxHost.load(file);
    expect(host.workbook.getWorksheet("Ventes")?.getCell("C3").value).toBe(800);
  });
});
