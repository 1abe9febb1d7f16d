/**
 * The functions' Office startup on a mock Office/Excel: the 1904 date system read once, the
 * settings the task pane saves (very hidden sheet) read through the Excel API and refreshed when
 * that sheet changes (Worksheet.onChanged),
 * and nothing breaks when Excel fails or is too old.
 */
import { defaultSettings } from "../../src/core/settings";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { startFunctionsHost } from "../../src/functions/host";
import { cellOf, loadExcel, type FakeExcel } from "./excel";
import { serial } from "./sheets";

interface MockOptions {
  json: string | null;
  date1904: boolean;
  supported?: boolean;
  fail?: boolean;
  /** Office.onReady settles after this many ms (workbook still opening). */
  slowMs?: number;
}

/** Installs Office and Excel globals; returns a handle to change the saved settings and fire the event. */
function mockOffice(o: MockOptions): { save(json: string): Promise<void>; runs: () => number } {
  let json = o.json;
  let handler: (() => Promise<void>) | null = null;
  let runs = 0;
  // The settings live in the very hidden sheet "_caop_settings", JSON in column A.
  const context = {
    sync: async (): Promise<void> => undefined,
    workbook: {
      functions: {
        date: (y: number) => ({ load: () => undefined, value: o.date1904 ? (y - 1904) * 365 : 1462 }),
      },
      worksheets: {
        getItemOrNullObject: (name: string) => ({
          isNullObject: json === null || name !== "_caop_settings",
          getUsedRangeOrNullObject: () => ({
            load: () => undefined,
            isNullObject: json === null,
            values: [[json]],
          }),
          onChanged: { add: (h: () => Promise<void>) => (handler = h) },
        }),
      },
      settings: {
        getItemOrNullObject: () => ({ load: () => undefined, isNullObject: true, value: null }),
      },
    },
  };
  const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  g.Office = {
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel" }), o.slowMs ?? 0)),
    context: { displayLanguage: "fr-FR", requirements: { isSetSupported: () => o.supported !== false } },
  };
  g.Excel = {
    run: async <T>(cb: (c: typeof context) => Promise<T>): Promise<T> => {
      runs++;
      if (o.fail) throw new Error("Excel is busy");
      return cb(context);
    },
  };
  return {
    async save(next: string) {
      json = next;
      await handler?.();
    },
    runs: () => runs,
  };
}

const sheet = (): unknown[][] => [
  ["Jour", "Total ligne", "CA HT"],
  [serial(2025, 1, 15) - 1462, 999, 100],
];

/** The same line under headers auto-detection recognises (Date, CA HT). */
const autoSheet = (): unknown[][] => [
  ["Date", "Total ligne", "CA HT"],
  [serial(2025, 1, 15) - 1462, 999, 100],
];

let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});
beforeEach(() => {
  resetFunctionContext();
  setFunctionContext({ formattedNumbers: false });
});
afterEach(() => {
  const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
  delete g.Office;
  delete g.Excel;
});

describe("startFunctionsHost", () => {
  it("reads the date system and the saved settings, then follows settings changes", async () => {
    const mapping = { ...defaultSettings(), mapping: { date: "Jour", amount: "Total ligne" } };
    const office = mockOffice({ json: JSON.stringify(mapping), date1904: true });
    await startFunctionsHost();
    // 1904 serial of 15 Jan 2025 is read as January 2025; the saved mapping picks "Total ligne".
    expect(cellOf(await excel.call("CAOP", [sheet(), "2025-01"]))).toBe(999);
    await office.save(JSON.stringify({ ...defaultSettings(), mapping: { date: "Jour", amount: "CA HT" } }));
    expect(cellOf(await excel.call("CAOP", [sheet(), "2025-01"]))).toBe(100);
  });

  it("a call made before Office is ready waits, and settles with the 1904 system and saved settings", async () => {
    const mapping = { ...defaultSettings(), mapping: { date: "Jour", amount: "Total ligne" } };
    mockOffice({ json: JSON.stringify(mapping), date1904: true, slowMs: 50 });
    const started = startFunctionsHost();
    // Called at workbook open, while the date system and the settings are still being read.
    const early = excel.call("CAOP", [sheet(), "2025-01"]);
    expect(cellOf(await early)).toBe(999);
    await started;
  });

  it("without saved settings, auto-detection and the 1900 system", async () => {
    mockOffice({ json: null, date1904: false });
    await startFunctionsHost();
    expect(cellOf(await excel.call("CAOP", [autoSheet(), "2021-01"]))).toBe(100);
  });

  it("settles and keeps defaults when Excel fails or lacks the requirement sets", async () => {
    mockOffice({ json: "{}", date1904: true, fail: true });
    await expect(startFunctionsHost()).resolves.toBeUndefined();
    expect(cellOf(await excel.call("CAOP", [autoSheet(), "2021-01"]))).toBe(100);
    const old = mockOffice({ json: "{}", date1904: true, supported: false });
    await startFunctionsHost();
    expect(old.runs()).toBe(0);
  });

  it("does nothing outside Office", async () => {
    await expect(startFunctionsHost()).resolves.toBeUndefined();
  });
});
