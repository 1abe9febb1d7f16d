/**
 * One settings store (issue 10 item 2, SPEC 9): the settings that define the calculation live in
 * the workbook, in a very hidden sheet every host reads and writes the same way. A workbook the CLI
 * wrote (ExcelJS host) opens through the Office host on the mock Excel, through the memory host
 * (the playground's reader) and through the custom functions with the same settings and the same
 * CA OP; settings an older version kept in the add-in's settings are moved into the sheet once.
 */
import ExcelJS from "exceljs";
import { generateDashboard } from "../../src/app/generate";
import { compute } from "../../src/core/engine";
import { defaultSettings, engineOptions, settingsJson, type CaopSettings } from "../../src/core/settings";
import type { RawTable } from "../../src/core/types";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { startFunctionsHost } from "../../src/functions/host";
import { settingsChunks } from "../../src/sheet/settings-cells";
import { workbookFromXlsx } from "../../src/taskpane/playground/xlsx";
import { OfficeHost } from "../../src/workbook/office";
import { XlsxHost } from "../../src/workbook/xlsx";
import { cellOf, loadExcel } from "../functions/excel";
import { CELL_TEXT_LIMIT, MockExcel } from "./mockExcel";

/** 15 Jan / 15 Feb 2025 as Excel serials (1900 system). */
const JAN = 45672;
const FEB = 45703;

/** Auto-detection takes "CA HT"; the saved mapping says "Total ligne": only the settings tell. */
const TABLE: RawTable = {
  headers: ["Date", "Total ligne", "CA HT"],
  rows: [
    [JAN, 999, 100],
    [FEB, 50, 10],
    [JAN, 1, 2],
  ],
  origin: { sheet: "Ventes", row: 1, col: 1 },
} as unknown as RawTable;

/** Settings whose JSON needs several cells (decisions on many lines, long notes). */
function bigSettings(): CaopSettings {
  const decisions: CaopSettings["decisions"] = {};
  for (let i = 0; i < 400; i++)
    decisions[`Ventes|${i}|${"x".repeat(60)}`] = { scope: "to_review", note: "é".repeat(80) };
  return {
    ...defaultSettings(),
    year: 2025,
    mapping: { date: "Date", amount: "Total ligne" },
    decisions,
  } as CaopSettings;
}

/** An ExcelJS workbook's cells copied into a mock Excel, sheet visibility included (what Excel opens). */
function mockFromExcelJs(book: ExcelJS.Workbook): MockExcel {
  const excel = new MockExcel();
  for (const ws of book.worksheets) {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        const value = v !== null && typeof v === "object" && "result" in v ? (v.result ?? null) : v;
        line[c - 1] =
          typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
      });
      rows[r - 1] = line;
    });
    const sheet = excel.addSheet(
      ws.name,
      Array.from(rows, (r) => r ?? []),
    );
    sheet.visibility =
      ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
  }
  return excel;
}

async function cliWorkbook(): Promise<{ book: ExcelJS.Workbook; buffer: ArrayBuffer; caop: string }> {
  const cli = XlsxHost.fromTable(TABLE, "Ventes");
  await cli.saveSettings(bigSettings());
  await generateDashboard(cli, { sheet: "Ventes" });
  const buffer = (await cli.workbook.xlsx.writeBuffer()) as ArrayBuffer;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer);
  const reopened = new XlsxHost(book);
  const settings = await reopened.loadSettings();
  const caop = compute(
    await reopened.readTable({ sheet: "Ventes" }),
    engineOptions(settings),
  ).totals.caop.toFixed(2);
  return { book, buffer, caop };
}

describe("the settings sheet format", () => {
  it("cuts long JSON in pieces a cell can hold, never inside a surrogate pair", () => {
    const json = JSON.stringify({ note: "😀".repeat(40_000) });
    const pieces = settingsChunks(json);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.every((p) => p.length <= CELL_TEXT_LIMIT)).toBe(true);
    expect(pieces.join("")).toBe(json);
    expect(pieces.every((p) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });
});

describe("a workbook written by the CLI", () => {
  afterEach(() => {
    const g = globalThis as { Office?: unknown; Excel?: unknown };
    delete g.Office;
    delete g.Excel;
    resetFunctionContext();
  });

  it("opens through the Office host with the same settings and the same CA OP", async () => {
    const { book, caop } = await cliWorkbook();
    expect(caop).toBe("1050.00"); // "Total ligne" of 2025: 999 + 50 + 1
    const expected = settingsJson(await new XlsxHost(book).loadSettings());
    expect(expected.length).toBeGreaterThan(CELL_TEXT_LIMIT); // several cells

    const excel = mockFromExcelJs(book);
    const office = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
    const settings = await office.loadSettings();
    expect(settingsJson(settings)).toBe(expected);
    expect((await office.listSheets()).map((s) => s.name)).not.toContain("_caop_settings");
    const table = await office.readTable({ sheet: "Ventes" });
    expect(compute(table, engineOptions(settings)).totals.caop.toFixed(2)).toBe(caop);
  });

  it("opens through the memory host (playground reader) with the same settings and CA OP", async () => {
    const { book, buffer, caop } = await cliWorkbook();
    const memory = await workbookFromXlsx(buffer);
    const settings = await memory.loadSettings();
    expect(settingsJson(settings)).toBe(settingsJson(await new XlsxHost(book).loadSettings()));
    expect((await memory.listSheets()).map((s) => s.name)).not.toContain("_caop_settings");
    const table = await memory.readTable({ sheet: "Ventes" });
    expect(compute(table, engineOptions(settings)).totals.caop.toFixed(2)).toBe(caop);
  });

  it("gives the custom functions its mapping: =CAOP equals the CLI's figure", async () => {
    const { book } = await cliWorkbook();
    const excel = mockFromExcelJs(book);
    const fx = await loadExcel();
    const g = globalThis as { Office?: unknown; Excel?: unknown };
    g.Office = {
      onReady: async () => ({ host: "Excel" }),
      context: { displayLanguage: "fr-FR", requirements: { isSetSupported: excel.isSetSupported } },
    };
    g.Excel = { run: excel.run };
    await startFunctionsHost();
    setFunctionContext({ formattedNumbers: false, date1904: false });
    const range = [TABLE.headers, ...TABLE.rows].map((r) => [...r]);
    expect(cellOf(await fx.call("CAOP", [range, "2025"]))).toBe(1050);
  });

  it("a save from the task pane is read back by the CLI (ExcelJS) from the same sheet", async () => {
    const excel = new MockExcel();
    excel.addSheet("Ventes", [TABLE.headers, ...TABLE.rows] as (string | number)[][]);
    const office = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
    await office.saveSettings(bigSettings());
    const sheet = excel.sheet("_caop_settings");
    expect(sheet?.visibility).toBe("VeryHidden");
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("_caop_settings", { state: "veryHidden" });
    for (let r = 1; sheet?.get(r, 1); r++) ws.getCell(r, 1).value = sheet.get(r, 1)?.value ?? null;
    expect(settingsJson(await new XlsxHost(book).loadSettings())).toBe(settingsJson(bigSettings()));
  });
});

describe("settings of an older version (add-in settings)", () => {
  it("are moved once into the very hidden sheet, and the add-in's copy is deleted", async () => {
    const excel = new MockExcel();
    excel.addSheet("Ventes", [TABLE.headers, ...TABLE.rows] as (string | number)[][]);
    const old = { ...defaultSettings(), mapping: { date: "Date", amount: "Total ligne" } };
    excel.settings.set("caop.settings", JSON.stringify(old));
    const office = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
    expect((await office.loadSettings()).mapping.amount).toBe("Total ligne");
    expect(excel.settings.has("caop.settings")).toBe(false);
    expect(excel.sheet("_caop_settings")?.visibility).toBe("VeryHidden");
    // Read again: from the sheet now.
    expect((await office.loadSettings()).mapping.amount).toBe("Total ligne");
  });
});
