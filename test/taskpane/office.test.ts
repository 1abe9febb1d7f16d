/** The pane's own Office calls (selection, activation) on a mock Excel: one sync each. */
import { activateSheet, selectedSource } from "../../src/taskpane/office";

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
