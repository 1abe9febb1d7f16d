/**
 * taskpane.html as Excel loads it, in the Debian chromium: office.js replaced by a stand-in whose
 * `Excel.run` is the mock Excel (office-stub.ts) holding the sample sheet. The page loads its code
 * in stages (src/taskpane/stages.ts), the functions and ribbon bundles beside it, and the real pane
 * on the Office host tags the sheet and writes the dashboard: the CA OP is the engine's, the sample's
 * own cells are left as they were and no page error is raised. Skipped where chromium is absent.
 */
import { build } from "esbuild";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { built, BUILD_WAIT_MS } from "../build/bundles";
import { sampleRows, SAMPLE_HEADERS, SAMPLE_SHEET } from "../../src/taskpane/playground/sample";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { MockExcel } from "../workbook/mockExcel";
import { browserTestsEnabled } from "./build";
import { E2eHost } from "./host";
import type { StaticServer } from "./server";

const suite = browserTestsEnabled("task pane on the Office host e2e") ? describe : describe.skip;

/** The stand-in office.js, bundled for the browser. */
async function officeStub(): Promise<string> {
  const out = await build({
    entryPoints: [join(__dirname, "office-stub.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

/** The sample's cells as the mock holds them: "row,col" → value. */
type Cells = Record<string, unknown>;

suite("taskpane.html on the Office host (mock Excel)", () => {
  let server: StaticServer;
  let browser: Browser;
  let stub = "";
  const host = new E2eHost();
  beforeAll(async () => {
    const web = await built("web");
    if (web.errors.length > 0) throw new Error(`webpack: ${web.errors.join("\n")}`);
    stub = await officeStub();
    [server, browser] = await host.start(web.outDir);
  }, BUILD_WAIT_MS);
  afterAll(() => host.stop());

  it("boots in stages, tags the sheet and writes the dashboard with the engine's CA OP", async () => {
    const table = await MemoryWorkbook.fromRows(SAMPLE_SHEET, SAMPLE_HEADERS, sampleRows()).readTable();
    const json = toJson(compute(table));
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname.replace(/^\//, ""));
    });
    await page.route("**/office-js/office.js", (route) =>
      route.fulfill({ body: stub, contentType: "text/javascript" }),
    );
    await page.goto(`${server.url}taskpane.html`);
    const before = await page.evaluate(() => {
      const x = (globalThis as unknown as { __mockExcel: MockExcel }).__mockExcel;
      return Object.fromEntries(x.sheets[0].cells) as Cells;
    });
    await page.getByTestId("source-summary").waitFor({ timeout: 60_000 });
    // The pane's code came in stages after the entry: React, the components, then the pane.
    const order = ["taskpane.js", "react.js", "components.js", "pane.js"].map((f) => scripts.indexOf(f));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(await page.getByTestId("source-summary").textContent()).toContain("478");

    await page.getByTestId("source-next").click();
    await page.getByTestId("mapping-confirm").click();
    await page.getByTestId("tag").click();
    await page.getByText("Lignes marquées.").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("caop-total").getAttribute("data-value")).toBe(json.caop);

    await page.getByTestId("tagging-next").click();
    await page.getByTestId("generate").click();
    await page.getByTestId("dashboard-result").waitFor({ timeout: 60_000 });
    const after = await page.evaluate(() => {
      const x = (globalThis as unknown as { __mockExcel: MockExcel }).__mockExcel;
      return {
        sheets: x.sheets.map((s) => s.name),
        cells: Object.fromEntries(x.sheets[0].cells) as Cells,
        syncs: x.syncs,
        rejected: x.rejected,
      };
    });
    expect(after.sheets).toContain("Tableau de bord CA OP");
    // The user's cells (the sample's nine columns) are as they were; the pane only added its own.
    for (const [k, v] of Object.entries(before)) expect([k, after.cells[k]]).toEqual([k, v]);
    expect(after.rejected).toEqual([]);
    console.log(`task pane on the mock Excel: ${after.syncs} syncs from boot to the dashboard`);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
