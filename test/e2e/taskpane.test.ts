/**
 * End to end, in the browser playground on the Debian chromium: a new accountant opens the pane,
 * the mapping is detected, the lines are tagged, one line to review gets a one-click decision, the
 * dashboard is generated; the CA OP shown equals the engine's (the CLI's JSON) on the same sample.
 * In French and in English, by mouse and by keyboard only, with axe on every step.
 * Screenshots: test-output/e2e/. Mandatory under CI; skipped with a reason where chromium is absent.
 */
import AxeBuilder from "@axe-core/playwright";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { compute, lineKeys } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import type { Decisions } from "../../src/core/types";
import { formatMoneyEn, formatMoneyFr } from "../../src/core/money";
import { SAMPLE_HEADERS, SAMPLE_SHEET, sampleRows } from "../../src/taskpane/playground/sample";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { readXlsx } from "../../src/workbook/readers/xlsx";
import { built, BUILD_WAIT_MS } from "../build/bundles";
import { browserTestsEnabled } from "./build";
import { E2eHost } from "./host";
import type { StaticServer } from "./server";

const OUT = join(__dirname, "..", "..", "test-output", "e2e");
const enabled = browserTestsEnabled("task pane e2e");
const suite = enabled ? describe : describe.skip;

/** The engine's JSON on the playground's sample, with optional manual decisions. */
async function engineJson(decisions: (keys: string[]) => Decisions = () => ({})) {
  const table = await MemoryWorkbook.fromRows(SAMPLE_SHEET, SAMPLE_HEADERS, sampleRows()).readTable();
  const first = compute(table);
  return toJson(compute(table, { decisions: decisions(lineKeys(table, first.mapping)) }));
}

/**
 * Fluent's focus manager (tabster) puts aria-hidden focus "bumpers" (`<i data-tabster-dummy>`) around
 * arrow-key groups: they pass the focus on at once and must stay hidden from screen readers. axe's
 * aria-hidden-focus flags them; Microsoft's Accessibility Insights suppresses exactly these nodes
 * (microsoft/accessibility-insights-web#7605, tabster#288). Only they are left out here.
 */
function isTabsterBumper(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && html.includes("data-tabster-dummy");
}

/** Accessibility problems axe rates serious or critical, on the whole page or the task pane only. */
async function axeProblems(page: Page, where: "page" | "pane" = "pane"): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const r = await (where === "pane" ? builder.include("aside") : builder).analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterBumper(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  await page.locator("aside").screenshot({ path: join(OUT, `${name}-pane.png`) });
}

/** Presses Tab until the element with that test id has the focus (fails after `max` presses). */
async function tabTo(page: Page, testid: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
    if (id === testid) return;
  }
  throw new Error(`${testid} not reachable with Tab`);
}

/** Row number of the first line to review in the pane. */
async function firstReviewRow(page: Page): Promise<number> {
  const id = await page.locator("[data-testid^=review-row-]").first().getAttribute("data-testid");
  return Number(id?.replace("review-row-", ""));
}

suite("task pane in the browser playground", () => {
  let server: StaticServer;
  let browser: Browser;
  const host = new E2eHost();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const { outDir, errors } = await built("web"); // npm run build, once per run (global setup)
    if (errors.length > 0) throw new Error(`webpack failed:\n${errors.join("\n")}`);
    [server, browser] = await host.start(outDir);
  }, BUILD_WAIT_MS);

  afterAll(() => host.stop());

  async function open(query = ""): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
    const t0 = Date.now();
    await page.goto(`${server.url}playground.html${query}`);
    await page.waitForSelector("[data-testid=source-summary]");
    const paint = await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return { fcp: fcp ? Math.round(fcp.startTime) : null, ready: Math.round(performance.now()) };
    });
    console.log(
      `playground${query}: first contentful paint ${paint.fcp} ms, sample read and shown ${paint.ready} ms (wall ${Date.now() - t0} ms)`,
    );
    return page;
  }

  it("takes a new accountant from the sample to the dashboard, in French, with the CLI's CA OP", async () => {
    const page = await open();
    const json = await engineJson();
    expect(await page.getByTestId("source-summary").textContent()).toBe(
      "478 lignes, 9 colonnes — Ventes!A1:I479",
    );
    expect(await axeProblems(page, "page")).toEqual([]);
    await shot(page, "fr-1-source");

    await page.getByTestId("source-next").click();
    expect(await page.getByTestId("map-amount").inputValue()).toBe("8");
    expect(await page.getByTestId("map-date").inputValue()).toBe("0");
    expect(await page.getByTestId("diagnostics").textContent()).toContain("#N/A");
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, "fr-2-mapping");

    await page.getByTestId("mapping-confirm").click();
    await page.getByTestId("tag").click();
    await page.getByText("Lignes marquées.").waitFor();
    const total = page.getByTestId("caop-total");
    expect(await total.getAttribute("data-value")).toBe(json.caop);
    expect(await total.textContent()).toBe(formatMoneyFr(new Decimal(json.caop)));
    expect(await page.getByTestId("status-asset_disposal").textContent()).toContain(
      formatMoneyFr(new Decimal(json.excluded.asset_disposal.amount)),
    );
    // The product's columns are in the grid beside the data.
    const grid = page.getByTestId("grid-Ventes");
    await grid.locator("tr").nth(1).getByText("Contribution CA OP").waitFor(); // grids refresh within 400 ms
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, "fr-3-tagged");

    // One line to review, excluded in one click from the menu: the engine with that decision agrees.
    const row = await firstReviewRow(page);
    await page.getByTestId(`decide-exclude-${row}`).click();
    await page.getByTestId("exclude-non_core").click();
    await page.getByTestId(`decided-row-${row}`).waitFor();
    const decided = await engineJson((keys) => ({ [keys[row - 2]]: { scope: "non_core" } }));
    expect(decided.caop).not.toBe(json.caop);
    expect(await page.getByTestId("caop-total").getAttribute("data-value")).toBe(decided.caop);
    expect(await page.getByTestId(`decided-row-${row}`).textContent()).toContain(
      "Décision manuelle → Hors cœur de métier",
    );
    await shot(page, "fr-4-decided");

    await page.getByTestId("tagging-next").click();
    await page.getByTestId("generate").click();
    await page.getByTestId("dashboard-result").waitFor();
    // Latest fiscal year of the sample: January–March 2025.
    const year = decided.months
      .filter((m) => m.period.startsWith("2025-"))
      .reduce((s, m) => s.plus(m.caop), new Decimal(0));
    expect(await page.getByTestId("year-caop").textContent()).toBe(formatMoneyFr(year));
    expect(await page.getByTestId("alerts").textContent()).toContain("Textile");
    const dash = page.getByTestId("grid-Tableau de bord CA OP");
    await dash.getByText("Var. MoM").first().waitFor();
    expect(await axeProblems(page, "page")).toEqual([]);
    await shot(page, "fr-5-dashboard");

    await page.getByTestId("dashboard-next").click();
    expect(await page.getByTestId("check-export").getAttribute("data-proof")).toBe("true");
    expect(await page.getByTestId("check-fresh").getAttribute("data-proof")).toBe("true");
    await page.getByTestId("qc-generate").click();
    await page.getByTestId("qc-result").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, "fr-6-checklist");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it("works in English, dark theme", async () => {
    const page = await open("?lang=en&theme=dark");
    const json = await engineJson();
    expect(await page.getByTestId("source-summary").textContent()).toBe(
      "478 rows, 9 columns — Ventes!A1:I479",
    );
    await page.getByTestId("source-next").click();
    await page.getByText("Column mapping").waitFor();
    await page.getByTestId("mapping-confirm").click();
    await page.getByTestId("tag").click();
    await page.getByText("Lines tagged.").waitFor();
    expect(await page.getByTestId("caop-total").textContent()).toBe(formatMoneyEn(new Decimal(json.caop)));
    expect(await page.getByText("Lines to review (3)").count()).toBe(1);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, "en-3-tagged");
    // Switching language in the pane keeps the state.
    await page.getByTestId("lang").selectOption("fr");
    await page.getByText("Lignes à vérifier (3)").waitFor();
    await page.context().close();
  }, 240_000);

  it("can be driven with the keyboard only (Tab, Enter, Space)", async () => {
    const page = await open();
    const json = await engineJson();
    await tabTo(page, "source-next");
    await page.keyboard.press("Enter");
    await page.getByTestId("mapping-table").waitFor();
    await tabTo(page, "mapping-confirm");
    await page.keyboard.press("Enter");
    await tabTo(page, "tag");
    await page.keyboard.press("Space");
    await page.getByText("Lignes marquées.").waitFor();
    const row = await firstReviewRow(page);
    await tabTo(page, `decide-op-${row}`);
    await page.keyboard.press("Enter");
    await page.getByTestId(`decided-row-${row}`).waitFor();
    expect(await page.getByTestId("caop-total").getAttribute("data-value")).toBe(json.caop);
    await tabTo(page, "tagging-next");
    await page.keyboard.press("Enter");
    await tabTo(page, "generate");
    await page.keyboard.press("Enter");
    await page.getByTestId("dashboard-result").waitFor();
    await shot(page, "keyboard-dashboard");
    await page.context().close();
  }, 240_000);

  it("opens a user's .xlsx in the browser and computes what the engine computes on the file", async () => {
    // A French export as Excel saves it: real dates, numbers, an error cell, on a sheet with a space in its name.
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Export ventes");
    ws.addRow([...SAMPLE_HEADERS]);
    for (const row of sampleRows()) {
      const [serial, ...rest] = row;
      const date = new Date(Math.round(((serial as number) - 25569) * 86_400_000));
      ws.addRow([
        date,
        ...rest.map((v) => (typeof v === "object" && v !== null && "error" in v ? { error: v.error } : v)),
      ]);
    }
    const file = join(OUT, "export-ventes.xlsx");
    await book.xlsx.writeFile(file);
    const expected = toJson(compute(await readXlsx(new Uint8Array(readFileSync(file)))));

    const page = await open();
    await page.getByTestId("xlsx-file").setInputFiles(file);
    await page.getByTestId("sheet-Export ventes").waitFor();
    await page.getByText("Export ventes!A1:I479").waitFor();
    await page.getByTestId("source-next").click();
    await page.getByTestId("mapping-confirm").click();
    await page.getByTestId("tag").click();
    await page.getByText("Lignes marquées.").waitFor();
    expect(await page.getByTestId("caop-total").getAttribute("data-value")).toBe(expected.caop);
    await shot(page, "fr-xlsx-tagged");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
