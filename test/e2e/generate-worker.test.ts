/**
 * Issue 12: generating the dashboard and the QC sheet from the pane, the sheet's table located,
 * computed and planned in a Web Worker, in real Chromium. The sheets written (the data sheet's tag
 * columns, the detail sheets) equal what generateDashboard writes in Node on the same lines, and
 * what the pane writes without a worker (?worker=0); the CA OP and the QC sample are the engine's;
 * axe stays clean. Screenshots: test-output/screenshots/320-<lang>-generate-*.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { generateDashboard, generateQc } from "../../src/app/generate";
import type { CellValue, Lang } from "../../src/core/types";
import { formatMoney } from "../../src/taskpane/logic/format";
import { largeWorkbook } from "../../src/taskpane/playground/workbooks";
import type { MemorySheet } from "../../src/workbook/memory";
import { built, BUILD_WAIT_MS } from "../build/bundles";
import { browserTestsEnabled } from "./build";
import { E2eHost } from "./host";
import { axeProblems, overflowing } from "./pane-checks";
import type { StaticServer } from "./server";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "screenshots");
/** More lines than a message or a written band holds (5,000): the batches and bands are exercised. */
const LINES = 12_000;
const QUARTER = "2024-Q1";
const enabled = browserTestsEnabled("generate in a worker");
const suite = enabled ? describe : describe.skip;

/** A sheet as comparable data: name, mark and every cell's value and formula. */
interface SheetDump {
  name: string;
  productKey?: string;
  hidden: boolean;
  cells: [CellValue, string | null][][];
}

/** The sheets of a memory workbook (the page's or Node's) as plain data. */
function dump(sheets: readonly MemorySheet[]): SheetDump[] {
  return sheets.map((s) => ({
    name: s.name,
    productKey: s.productKey,
    hidden: s.visibility === "veryHidden",
    cells: Array.from(s.grid, (row) =>
      Array.from(row ?? [], (c): [CellValue, string | null] => [c?.value ?? null, c?.formula ?? null]),
    ),
  }));
}

/** The sheets the user sees whose contents do not depend on the clock (the dashboard and QC carry a timestamp). */
function timeless(sheets: SheetDump[]): SheetDump[] {
  return sheets
    .filter((s) => !s.hidden)
    .filter((s) => !s.productKey || s.productKey === "data" || s.productKey.startsWith("detail:"));
}

suite("generating from the pane in a Web Worker", () => {
  let server: StaticServer;
  let browser: Browser;
  const host = new E2eHost();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const { outDir, errors } = await built("web");
    if (errors.length > 0) throw new Error(`webpack failed:\n${errors.join("\n")}`);
    [server, browser] = await host.start(outDir);
  }, BUILD_WAIT_MS);

  afterAll(() => host.stop());

  /** The playground on LINES generated lines, at the pane's width, counting workers started. */
  async function open(lang: Lang, query = ""): Promise<Page & { errors: string[]; workers: number }> {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = Object.assign(await context.newPage(), { errors: [] as string[], workers: 0 });
    page.on("pageerror", (e) => page.errors.push(e.message));
    page.on("worker", () => page.workers++);
    await page.goto(`${server.url}playground.html?lang=${lang}&sample=large&lines=${LINES}${query}`);
    await page.waitForSelector("[data-testid=source-summary]", { timeout: 120_000 });
    return page;
  }

  /** Generates the dashboard, then the QC sheet of QUARTER; returns the workbook's sheets. */
  async function generateBoth(
    page: Page,
    lang: Lang,
  ): Promise<{ sheets: SheetDump[]; caop: string; qc: string }> {
    await page.getByTestId("source-next").click();
    await page.getByTestId("mapping-confirm").click();
    await page.getByTestId("tagging-next").click();
    await page.getByTestId("generate").click();
    await page.getByTestId("dashboard-result").waitFor({ timeout: 120_000 });
    await page.waitForSelector("main[aria-busy=false]");
    const caop = (await page.getByTestId("year-caop").textContent()) ?? "";
    expect(await axeProblems(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, `320-${lang}-generate-1-dashboard.png`) });
    await page.getByTestId("dashboard-next").click();
    await page.getByTestId("qc-quarter").selectOption(QUARTER);
    await page.getByTestId("qc-generate").click();
    await page.getByTestId("qc-result").waitFor({ timeout: 120_000 });
    await page.waitForSelector("main[aria-busy=false]");
    const qc = (await page.getByTestId("qc-result").textContent()) ?? "";
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(OUT, `320-${lang}-generate-2-qc.png`) });
    const sheets = await page.evaluate(() => {
      const wb = (window as unknown as { __caop: { workbook: { sheets: MemorySheet[] } } }).__caop.workbook;
      return wb.sheets.map((s) => ({
        name: s.name,
        productKey: s.productKey,
        hidden: s.visibility === "veryHidden",
        cells: Array.from(s.grid, (row) =>
          Array.from(row ?? [], (c) => [c?.value ?? null, c?.formula ?? null] as [CellValue, string | null]),
        ),
      }));
    });
    return { sheets, caop, qc };
  }

  for (const lang of ["fr", "en"] as const) {
    it(`writes what generateDashboard and generateQc write, computed in a worker (${lang})`, async () => {
      const node = largeWorkbook(LINES);
      const dash = await generateDashboard(node, { lang });
      const qc = await generateQc(node, QUARTER, { lang });
      const page = await open(lang);
      const got = await generateBoth(page, lang);
      expect(page.workers).toBeGreaterThanOrEqual(2);
      expect(timeless(got.sheets)).toEqual(timeless(dump(node.sheets)));
      expect(got.sheets.filter((s) => !s.hidden).map((s) => s.name)).toEqual(node.sheets.map((s) => s.name));
      expect(got.caop.replace(/\s/g, " ")).toBe(
        formatMoney(dash.model.total.caop, lang, dash.result.currency).replace(/\s/g, " "),
      );
      expect(got.qc).toContain(String(qc.model.sample.length));
      expect(page.errors).toEqual([]);
      await page.context().close();
    }, 300_000);
  }

  it("writes the same sheets on the main thread (?worker=0) as in the worker", async () => {
    const a = await open("fr");
    const inWorker = await generateBoth(a, "fr");
    await a.context().close();
    const b = await open("fr", "&worker=0");
    const onMain = await generateBoth(b, "fr");
    expect(b.workers).toBe(0);
    expect(timeless(onMain.sheets)).toEqual(timeless(inWorker.sheets));
    expect(onMain.caop).toBe(inWorker.caop);
    expect(onMain.qc).toBe(inWorker.qc);
    await b.context().close();
  }, 300_000);
});
