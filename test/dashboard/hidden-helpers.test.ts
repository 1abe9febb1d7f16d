/**
 * Issue 13: the helper rows and columns the formulas read (month keys, criteria, M-1/N-1 references)
 * are hidden from view and left out of print, in every host that writes sheets outside Office (the
 * Office host is checked against the mock Excel in test/workbook/office.test.ts).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDashboard } from "../../src/app/generate";
import { defaultSettings } from "../../src/core/settings";
import { SHEET_NAMES } from "../../src/sheet/names";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readTableFile } from "../../src/workbook/readers";
import { XlsxHost } from "../../src/workbook/xlsx";
import { StreamXlsxHost } from "../../src/workbook/xlsx-stream";
import { ledgerCsv, ledgerRows } from "../fixtures/dashboard-ledger";

const DASH = "Tableau de bord CA OP";
const SELLER = "CA OP par commercial";
const options = { settings: { ...defaultSettings(), year: 2025 }, sheet: SHEET_NAMES.data };

let dir = "";
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "caop-hidden-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The hidden rows and columns of a sheet read back from a file, and its print area. */
function hiddenOf(ws: ExcelJS.Worksheet | undefined): { rows: number[]; cols: number[]; print?: string } {
  if (!ws) throw new Error("feuille absente");
  const rows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => void (row.hidden ? rows.push(r) : null));
  const cols: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) cols.push(c);
  return { rows, cols, print: ws.pageSetup.printArea };
}

/** Checks a written dashboard file: helper rows and columns hidden, print areas on the visible part. */
async function expectHiddenHelpers(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const dash = hiddenOf(wb.getWorksheet(DASH));
  expect(dash.cols).toEqual([10, 11, 12, 13, 14, 15, 16]);
  expect(dash.rows).toEqual([]);
  expect(dash.print).toMatch(/^A1:H\d+$/);
  const seller = hiddenOf(wb.getWorksheet(SELLER));
  expect(seller.rows).toEqual([3]);
  expect(seller.cols).toEqual([16]);
  expect(seller.print).toBe(`A1:N${wb.getWorksheet(SELLER)?.rowCount ?? 0}`);
  // The hidden key row still feeds the SUMIFS: its keys are there.
  expect(wb.getWorksheet(SELLER)?.getCell("B3").value).toBe(202501);
}

describe("helper rows and columns hidden from view and print", () => {
  it("memory host: the detail sheets' month-key row and criteria column are hidden", async () => {
    const rows = ledgerRows();
    const wb = MemoryWorkbook.fromRows(SHEET_NAMES.data, rows[0], rows.slice(1));
    await generateDashboard(wb, options);
    const seller = wb.sheet(SELLER);
    expect([...(seller?.hiddenRows ?? [])]).toEqual([3]);
    expect(seller?.columns.get(16)?.hidden).toBe(true);
    const dash = wb.sheet(DASH);
    expect([10, 11, 12, 13, 14, 15, 16].every((c) => dash?.columns.get(c)?.hidden)).toBe(true);
    expect(dash?.print?.printArea).toMatch(/^A1:H\d+$/);
    // The chart below the audit block is inside the print area (what is outside would not print).
    const chart = dash?.charts[0];
    const lastPrinted = Number(/(\d+)$/.exec(dash?.print?.printArea ?? "")?.[1]);
    const chartTop = Number(chart?.anchor.cell.slice(1));
    expect(lastPrinted).toBe(chartTop + (chart?.anchor.rows ?? 0) - 1);
  });

  it("ExcelJS host and streaming host write them hidden in the .xlsx", async () => {
    const csv = join(dir, "ledger.csv");
    writeFileSync(csv, ledgerCsv());
    const table = await readTableFile(csv);
    const whole = XlsxHost.fromTable(table, SHEET_NAMES.data);
    await generateDashboard(whole, options);
    await whole.save(join(dir, "whole.xlsx"));
    await expectHiddenHelpers(join(dir, "whole.xlsx"));
    const streamed = new StreamXlsxHost(table, SHEET_NAMES.data);
    await generateDashboard(streamed, options);
    await streamed.save(join(dir, "streamed.xlsx"));
    await expectHiddenHelpers(join(dir, "streamed.xlsx"));
  });
});
