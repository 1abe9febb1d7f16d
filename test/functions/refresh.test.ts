/**
 * Functions never stale (issue 10, items 1 and 8): the pane's Session saves settings in the
 * workbook through the Office host on the mock Excel; the custom functions (same shared runtime)
 * use them from their next call and Excel is asked to recalculate every formula. Twelve monthly
 * cells on one range cost one engine run; a changed cell or new settings compute again.
 */
import { defaultSettings } from "../../src/core/settings";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { engineRuns, setMemoSize } from "../../src/functions/table";
import { Session } from "../../src/taskpane/logic/session";
import { officeTaskpaneHost } from "../../src/taskpane/office";
import { MockExcel } from "../workbook/mockExcel";
import { cellOf, loadExcel, type FakeExcel } from "./excel";
import { serial } from "./sheets";

/** A sales range: "CA HT" is what auto-detection takes; the user maps "Total ligne" instead. */
const ROWS: (string | number)[][] = [
  ["Date", "Total ligne", "CA HT"],
  [serial(2025, 1, 15), 999, 100],
  [serial(2025, 2, 15), 50, 10],
];

let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});
beforeEach(() => {
  setMemoSize(4); // empties the memo
  resetFunctionContext();
  setFunctionContext({ formattedNumbers: false });
});
afterEach(() => {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  delete g.Office;
  delete g.Excel;
});

/** Office and Excel globals over a mock workbook, as the shared runtime sees them. */
function installOffice(mock: MockExcel): void {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  g.Office = { context: { displayLanguage: "fr-FR", requirements: { isSetSupported: mock.isSetSupported } } };
  g.Excel = { run: mock.run };
}

const range = (): unknown[][] => ROWS.map((r) => [...r]);

describe("settings saved in the pane reach the functions at once", () => {
  it("the next =CAOP uses the new mapping, and a full recalculation was requested", async () => {
    const mock = new MockExcel();
    mock.addSheet("Ventes", ROWS);
    installOffice(mock);
    expect(cellOf(await excel.call("CAOP", [range(), "2025-01"]))).toBe(100);

    const session = new Session(officeTaskpaneHost());
    await session.init();
    session.setField("date", "Date");
    session.setField("amount", "Total ligne");
    await session.confirmMapping();
    expect(session.getState().notice?.level).not.toBe("error");
    // Saved in the workbook's very hidden settings sheet (SPEC 9), not in the add-in's settings.
    const stored = mock.sheet("_caop_settings");
    expect(stored?.visibility).toBe("VeryHidden");
    expect(JSON.parse(String(stored?.get(1, 1)?.value ?? "{}")).mapping.amount).toBe("Total ligne");
    expect(mock.settings.has("caop.settings")).toBe(false);

    expect(cellOf(await excel.call("CAOP", [range(), "2025-01"]))).toBe(999);
    expect(mock.calculations).toEqual(["Full"]);
  });

  it("a journal confirmed in the pane: =CAOP.ISOP reads account names as the engine does", async () => {
    const mock = new MockExcel();
    mock.addSheet("Journal", [
      ["Date", "Account", "Memo", "Debit", "Credit"],
      [serial(2025, 1, 15), "Accounts Receivable (A/R)", "Invoice 1001", 1200, ""],
      [serial(2025, 1, 15), "Sales of Product Income", "Blue widget", "", 1200],
    ]);
    installOffice(mock);
    const isop = async (): Promise<unknown> =>
      cellOf(await excel.call("CAOP.ISOP", ["Accounts Receivable (A/R)", "Invoice 1001", null]));
    expect(await isop()).toBe(true); // nothing known of the source yet: a name says nothing
    const session = new Session(officeTaskpaneHost());
    await session.init();
    await session.confirmMapping();
    expect(session.getState().settings?.journal).toBe(true);
    expect(await isop()).toBe(false);
  });

  it("settings published on the bus replace the ones read at start (no stale copy)", async () => {
    const mock = new MockExcel();
    mock.addSheet("Ventes", ROWS);
    installOffice(mock);
    const port = officeTaskpaneHost().port;
    await port.saveSettings({ ...defaultSettings(), mapping: { date: "Date", amount: "Total ligne" } });
    expect(cellOf(await excel.call("CAOP", [range(), "2025-02"]))).toBe(50);
    await port.saveSettings({ ...defaultSettings(), mapping: { date: "Date", amount: "CA HT" } });
    expect(cellOf(await excel.call("CAOP", [range(), "2025-02"]))).toBe(10);
    expect(mock.calculations).toEqual(["Full", "Full"]);
  });
});

describe("memoised engine runs", () => {
  const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);

  it("twelve monthly =CAOP cells on the same range cost one computation", async () => {
    const before = engineRuns();
    const values: unknown[] = [];
    // Excel passes a fresh array to each cell.
    for (const m of months) values.push(cellOf(await excel.call("CAOP", [range(), m])));
    expect(engineRuns() - before).toBe(1);
    expect(values.slice(0, 3)).toEqual([100, 10, 0]);
  });

  it("an error value passed afresh to each cell is the same value; another error is a change", async () => {
    // Excel passes an error cell as a new object with each call (rich values API).
    const withError = (type: string) => [
      ["Date", "Total ligne", "CA HT", "Note"],
      [serial(2025, 1, 15), 999, 100, { type: "Error", errorType: type }],
      [serial(2025, 2, 15), 50, 10, ""],
    ];
    const before = engineRuns();
    expect(cellOf(await excel.call("CAOP", [withError("NotAvailable"), "2025-01"]))).toBe(100);
    expect(cellOf(await excel.call("CAOP", [withError("NotAvailable"), "2025-02"]))).toBe(10);
    expect(engineRuns() - before).toBe(1);
    await excel.call("CAOP", [withError("Value"), "2025-01"]);
    expect(engineRuns() - before).toBe(2);
  });

  it("a range with an empty row passed twice as the same array stays exact", async () => {
    const rows = [...range(), ["", "", ""], [serial(2025, 3, 15), 7, 3]];
    expect(cellOf(await excel.call("CAOP", [rows, "2025-03"]))).toBe(3);
    expect(cellOf(await excel.call("CAOP", [rows, "2025-01"]))).toBe(100);
  });

  it("a changed cell, other settings or another date system compute again, exactly", async () => {
    await excel.call("CAOP", [range(), "2025-01"]);
    const before = engineRuns();
    const changed = range();
    changed[1][2] = 101;
    expect(cellOf(await excel.call("CAOP", [changed, "2025-01"]))).toBe(101);
    expect(engineRuns() - before).toBe(1);
    // The same array changed in place after a call: still exact.
    changed[1][2] = 102;
    expect(cellOf(await excel.call("CAOP", [changed, "2025-01"]))).toBe(102);
    expect(engineRuns() - before).toBe(2);
    const mapped = { ...defaultSettings(), mapping: { date: "Date", amount: "Total ligne" } };
    setFunctionContext({ settings: () => mapped });
    expect(cellOf(await excel.call("CAOP", [range(), "2025-01"]))).toBe(999);
    expect(cellOf(await excel.call("CAOP", [range(), "2025-02"]))).toBe(50);
    expect(engineRuns() - before).toBe(3);
    setFunctionContext({ date1904: true });
    await excel.call("CAOP", [range(), "2025-01"]);
    expect(engineRuns() - before).toBe(4);
  });
});
