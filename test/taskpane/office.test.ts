/** The pane's own Office calls (selection, activation) on a mock Excel: one sync each. */
import { Session } from "../../src/taskpane/logic/session";
import { SelectionError, activateSheet, officeTaskpaneHost, selectedSource } from "../../src/taskpane/office";
import { MockExcel } from "../workbook/mockExcel";

interface MockContext {
  syncs: number;
  activated: string[];
  workbook: unknown;
  sync(): Promise<void>;
}

function mockExcel(address: string): MockContext {
  const ctx: MockContext = {
    syncs: 0,
    activated: [],
    workbook: {
      getSelectedRange: () => ({ address, load: () => undefined }),
      worksheets: { getItem: (name: string) => ({ activate: () => ctx.activated.push(name) }) },
    },
    sync: async () => {
      ctx.syncs++;
    },
  };
  (globalThis as { Excel?: unknown }).Excel = { run: (fn: (c: MockContext) => Promise<unknown>) => fn(ctx) };
  return ctx;
}

describe("Office selection and activation", () => {
  it("turns the selected range into a source, quoted sheet names included", async () => {
    const ctx = mockExcel("'Ventes 2025'!A1:I600");
    expect(await selectedSource()).toEqual({ sheet: "Ventes 2025", address: "A1:I600" });
    expect(ctx.syncs).toBe(1);
  });

  it("gives no source for an address without a sheet", async () => {
    mockExcel("A1:B2");
    expect(await selectedSource()).toBeNull();
  });

  it("activates a sheet in one sync", async () => {
    const ctx = mockExcel("A1");
    await activateSheet("Tableau de bord CA OP");
    expect(ctx.activated).toEqual(["Tableau de bord CA OP"]);
    expect(ctx.syncs).toBe(1);
  });
});

describe("a multi-area selection on the mock Excel", () => {
  const install = (excel: MockExcel): void => {
    const g = globalThis as { Office?: unknown; Excel?: unknown };
    g.Excel = { run: excel.run };
    g.Office = { context: { requirements: { isSetSupported: excel.isSetSupported } } };
  };
  afterEach(() => {
    const g = globalThis as { Office?: unknown; Excel?: unknown };
    delete g.Office;
    delete g.Excel;
  });

  it("selectedSource rejects with a message in both languages, not Excel's raw error", async () => {
    const excel = new MockExcel();
    excel.addSheet("Ventes", [["Date", "Montant HT"]]);
    excel.selection = { sheet: "Ventes", areas: ["A1:B10", "D1:D10"] };
    install(excel);
    const e = await selectedSource().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SelectionError);
    expect((e as SelectionError).fr).toContain("une seule plage");
    expect((e as SelectionError).en).toContain("one range");
  });

  it("the pane's « Utiliser la sélection » shows that message instead of doing nothing", async () => {
    const excel = new MockExcel();
    excel.addSheet("Ventes", [
      ["Date", "Montant HT"],
      [45672, 100],
    ]);
    excel.selection = { sheet: "Ventes", areas: ["A1:B2", "D1:D2"] };
    install(excel);
    const session = new Session(officeTaskpaneHost());
    await session.init();
    await expect(session.useSelection()).resolves.toBeUndefined();
    expect(session.getState().notice?.level).toBe("error");
    expect(session.getState().notice?.text.fr).toContain("plusieurs zones");
    expect(session.getState().busy).toBeNull();
    // One area: the selection becomes the source.
    excel.selection = { sheet: "Ventes", areas: ["A1:B2"] };
    await session.useSelection();
    expect(session.getState().notice?.text.fr ?? "").toBe("");
    expect(session.getState().source).toEqual({ sheet: "Ventes", address: "A1:B2" });
  });
});
