/**
 * The pane's first read waits until the pane is shown (issue 10 item 7): in a shared runtime the
 * page loads hidden at workbook open, and reading the source sheet then would delay every custom
 * function call. On the mock Excel: no sync while hidden; Office.addin.onVisibilityModeChanged
 * ("Taskpane") or a first click starts it.
 */
import { Session } from "../../src/taskpane/logic/session";
import { officeTaskpaneHost } from "../../src/taskpane/office";
import { MockExcel } from "../workbook/mockExcel";

let visibility: DocumentVisibilityState = "hidden";
let handler: ((args: { visibilityMode: string }) => void) | null = null;

function install(): MockExcel {
  const excel = new MockExcel();
  excel.addSheet("Ventes", [
    ["Date", "Montant HT"],
    [45672, 100],
  ]);
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  g.Excel = { run: excel.run };
  g.Office = {
    context: { requirements: { isSetSupported: excel.isSetSupported } },
    addin: {
      onVisibilityModeChanged: async (h: (args: { visibilityMode: string }) => void) => {
        handler = h;
        return async () => undefined;
      },
    },
  };
  return excel;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

beforeAll(() => {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
});
afterAll(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
});
beforeEach(() => {
  visibility = "hidden";
  handler = null;
});
afterEach(() => {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  delete g.Office;
  delete g.Excel;
});

describe("the pane's startup in a hidden shared runtime", () => {
  it("reads nothing while hidden, and reads the sheet once Office shows the task pane", async () => {
    const excel = install();
    const session = new Session(officeTaskpaneHost());
    const started = session.init();
    await tick();
    expect(excel.syncs).toBe(0);
    expect(handler).not.toBeNull();
    handler?.({ visibilityMode: "Taskpane" });
    await started;
    expect(excel.syncs).toBeGreaterThan(0);
    expect(session.getState().sheets.map((s) => s.name)).toEqual(["Ventes"]);
  });

  it("a first click in the page starts it too; a visible page starts at once", async () => {
    const excel = install();
    const session = new Session(officeTaskpaneHost());
    const started = session.init();
    await tick();
    handler?.({ visibilityMode: "Hidden" });
    await tick();
    expect(excel.syncs).toBe(0);
    document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    await started;
    expect(excel.syncs).toBeGreaterThan(0);

    visibility = "visible";
    const other = install();
    await new Session(officeTaskpaneHost()).init();
    expect(other.syncs).toBeGreaterThan(0);
  });
});
