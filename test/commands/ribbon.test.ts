/**
 * The ribbon button in (mock) Excel: Office ignores `Office.addin.showAsTaskpane()` for Marketplace
 * add-ins since February 2026 (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in),
 * so the mock ignores it too; the button must lead to something visible: an Office dialog whose page
 * is on the add-in's own https origin, as the Dialog API requires
 * (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
 */
import { generateDashboardCommand, messageUrl } from "../../src/commands/commands";
import { MockExcel } from "../workbook/mockExcel";

const PAGE = "https://localhost:3000/taskpane.html";

interface Shown {
  dialogs: string[];
  ignoredShowAsTaskpane: number;
}

/** Office with the Dialog API and a showAsTaskpane that does nothing (Marketplace add-in). */
function installOffice(excel: MockExcel): Shown {
  const shown: Shown = { dialogs: [], ignoredShowAsTaskpane: 0 };
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  g.Excel = { run: excel.run };
  g.Office = {
    context: {
      displayLanguage: "fr-FR",
      requirements: { isSetSupported: excel.isSetSupported },
      ui: {
        displayDialogAsync(
          url: string,
          _options: object,
          callback: (r: {
            status: string;
            value: unknown;
            error?: { code: number; message: string };
          }) => void,
        ): void {
          const u = new URL(url);
          if (u.protocol !== "https:" || u.origin !== new URL(PAGE).origin) {
            callback({
              status: "failed",
              value: undefined,
              error: { code: 12004, message: "Invalid domain" },
            });
            return;
          }
          shown.dialogs.push(url);
          callback({
            status: "succeeded",
            // The user closes the dialog at once.
            value: { addEventHandler: (_type: string, handler: () => void) => setTimeout(handler, 0) },
          });
        },
      },
    },
    addin: {
      showAsTaskpane: async (): Promise<void> => {
        shown.ignoredShowAsTaskpane++;
      },
    },
  };
  return shown;
}

afterEach(() => {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  delete g.Office;
  delete g.Excel;
  delete (globalThis as { location?: unknown }).location;
});

describe("the dashboard button in Excel", () => {
  it("on a workbook never set up, opens a dialog that says what is missing, then completes", async () => {
    const excel = new MockExcel();
    excel.addSheet("Ventes", [["Date", "Montant HT"]]);
    const shown = installOffice(excel);
    (globalThis as { location?: unknown }).location = { href: PAGE };
    let completed = 0;
    await generateDashboardCommand({
      completed: () => void completed++,
    } as unknown as Office.AddinCommands.Event);
    expect(shown.dialogs).toHaveLength(1);
    const url = new URL(shown.dialogs[0]);
    expect(url.pathname).toBe("/assets/message.html");
    expect(url.searchParams.get("lang")).toBe("fr");
    expect(url.searchParams.get("text")).toContain("« Volet CA OP »");
    expect(completed).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Ventes"]);
  });

  it("the message page is on the add-in's origin and in the user's language", () => {
    const u = new URL(messageUrl(PAGE, { fr: "é & ?", en: "x" }, "en-GB"));
    expect(u.origin).toBe("https://localhost:3000");
    expect(u.searchParams.get("lang")).toBe("en");
    expect(u.searchParams.get("text")).toBe("x");
    expect(new URL(messageUrl(PAGE, { fr: "é & ?", en: "x" }, "fr-BE")).searchParams.get("text")).toBe(
      "é & ?",
    );
  });
});
