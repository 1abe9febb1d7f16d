/**
 * Opening a user's .xlsx in the browser playground: ExcelJS (loaded on demand, never in the task
 * pane bundle) reads every sheet into the in-memory workbook, with the product's sheet marks and
 * stored settings read by the ExcelJS host, dates as serials like Office.js gives them.
 */
import type ExcelJS from "exceljs";
import { settingsJson } from "../../core/settings";
import type { CellValue } from "../../core/types";
import { SHEET_NAMES } from "../../sheet/names";
import { MemoryWorkbook } from "../../workbook/memory";

/** Excel serial of a JS date (the reader's dateToSerial, loaded with ExcelJS). */
type ToSerial = (d: Date, date1904: boolean) => number;

/** One ExcelJS cell value as the engine sees it (formulas by their cached result). */
export function cellOf(v: ExcelJS.CellValue, date1904: boolean, serialOf: ToSerial): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOf(v, date1904);
  if (typeof v !== "object") return null;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v)
    return v.result === undefined ? null : cellOf(v.result as ExcelJS.CellValue, date1904, serialOf);
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : null;
  return null;
}

/** Reads an .xlsx file's bytes into a MemoryWorkbook (every visible sheet, marks and settings kept). */
export async function workbookFromXlsx(data: ArrayBuffer): Promise<MemoryWorkbook> {
  const [{ default: Excel }, { XlsxHost }, { dateToSerial }, { withRelativeTargets }] = await Promise.all([
    import("exceljs"),
    import("../../workbook/xlsx"),
    import("../../workbook/readers/xlsx"),
    import("../../workbook/readers/part-targets"),
  ]);
  const book = new Excel.Workbook();
  // Absolute part targets (openpyxl's) made relative first: ExcelJS finds only those.
  const bytes = await withRelativeTargets(new Uint8Array(data));
  await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  const date1904 = book.properties?.date1904 === true;
  const host = new XlsxHost(book);
  const marks = new Map((await host.listSheets()).map((s) => [s.name, s.productKey]));
  const out = new MemoryWorkbook();
  for (const ws of book.worksheets) {
    if (ws.name === SHEET_NAMES.settings) continue;
    const sheet = out.addSheet(ws.name);
    sheet.productKey = marks.get(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const line = (sheet.grid[r - 1] ??= []);
        line[c - 1] = {
          value: cellOf(cell.value, date1904, dateToSerial),
          numberFormat: cell.numFmt || undefined,
        };
      });
    });
  }
  if (book.getWorksheet(SHEET_NAMES.settings)) out.settingsJson = settingsJson(await host.loadSettings());
  return out;
}
