/**
 * A stand-in for office.js in the browser: `Office` resolving onReady as Excel, and `Excel.run` on
 * the mock Excel (test/workbook/mockExcel.ts: sync counting, payload limits, Excel's entry rules)
 * holding the playground's sample sheet. Bundled by office-boot.test.ts and served as
 * office-js/office.js, so taskpane.html runs the real pane, as loaded in Excel, on the mock.
 */
import { sampleRows, SAMPLE_HEADERS, SAMPLE_SHEET } from "../../src/taskpane/playground/sample";
import { ERROR_CODES } from "../functions/error-codes";
import { MockExcel } from "../workbook/mockExcel";

type Plain = string | number | boolean | null;

const page = globalThis as unknown as Record<string, unknown>;
// The mock counts payload bytes with Node's Buffer.byteLength: the same count, for the browser.
const utf8 = new TextEncoder();
page.Buffer = { byteLength: (s: string): number => utf8.encode(s).length };

const excel = new MockExcel();
// An error cell (#N/A) is entered as its text: the mock grid holds plain values.
const plain = (v: unknown): Plain =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean"
    ? v
    : String((v as { error?: string }).error ?? v);
excel.addSheet(SAMPLE_SHEET, [SAMPLE_HEADERS.map(plain), ...sampleRows().map((r) => r.map(plain))]);
excel.active = SAMPLE_SHEET;
excel.selection = { sheet: SAMPLE_SHEET, areas: ["A1"] };

page.__mockExcel = excel;
page.Excel = { run: excel.run };
// What the functions and ribbon bundles of the shared runtime register with (nothing runs them here).
page.CustomFunctions = {
  associate: (): void => undefined,
  Error: class extends Error {},
  ErrorCode: ERROR_CODES,
};
page.Office = {
  actions: { associate: (): void => undefined },
  context: {
    displayLanguage: "fr-FR",
    officeTheme: { bodyBackgroundColor: "#FFFFFF" },
    requirements: { isSetSupported: excel.isSetSupported },
  },
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve().then(() => {
      cb?.(info);
      return info;
    });
  },
};
