/**
 * Issue 13, end to end at the width Office gives a task pane (320 × 800), in French and English, with
 * axe: a real-looking export (title rows, a blank row, credit notes, a discount column, an asset sale,
 * a subsidy) opened from the playground; the CA OP shown on the source step equals `caop compute
 * --json` on the same file (the CLI bundle of this run); un-mapping a field, the blocked "Valider",
 * focus after a decision, the dashboard. Screenshots: test-output/screenshots/.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { built, BUILD_WAIT_MS } from "../build/bundles";
import { browserTestsEnabled } from "./build";
import { E2eHost } from "./host";
import { axeProblems, overflowing } from "./pane-checks";
import type { StaticServer } from "./server";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "screenshots");
const enabled = browserTestsEnabled("task pane at 320 px");
const suite = enabled ? describe : describe.skip;

/** A sales export as an ERP writes it: two title rows, a blank row, then the header. */
async function writeExport(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Export");
  ws.addRow(["Grand livre des ventes — Meubles Exemple SAS"]);
  ws.addRow(["Exercice 2025, édité le 03/04/2025"]);
  ws.addRow([]);
  ws.addRow(["Date pièce", "N° pièce", "Compte", "Libellé", "Client", "Commercial", "Montant HT", "Remise"]);
  const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
  const rows: (string | number | Date)[][] = [];
  for (let m = 1; m <= 3; m++) {
    for (let k = 0; k < 6; k++) {
      const amount = 1000 + 137.45 * k + 11.1 * m;
      rows.push([
        d(2025, m, 3 + k),
        `FA${m}${k}`,
        "701000",
        "Vente mobilier",
        `Client ${k}`,
        k % 2 ? "Alice" : "Bruno",
        amount,
        k === 2 ? 50 : 0,
      ]);
    }
    rows.push([d(2025, m, 20), `AV${m}`, "709000", "Avoir client retour", "Client 1", "Alice", -220.3, 0]);
  }
  rows.push([d(2025, 2, 14), "CE1", "775000", "Cession camionnette", "Garage", "Bruno", 8500, 0]);
  rows.push([
    d(2025, 3, 1),
    "SUB1",
    "740000",
    "Subvention d'exploitation Région",
    "Région",
    "Bruno",
    12000,
    0,
  ]);
  rows.push([d(2025, 3, 28), "FA99", "706000", "Prestation diverse", "Client 3", "Alice", 640.5, 0]);
  rows.push([
    d(2025, 3, 29),
    "FA100",
    "708000",
    "Refacturation frais de transport",
    "Client 2",
    "Bruno",
    310.2,
    0,
  ]);
  rows.push([d(2025, 2, 27), "FA101", "751000", "Redevance licence modèle", "Client 4", "Alice", 900, 0]);
  for (const r of rows) ws.addRow(r);
  await book.xlsx.writeFile(file);
}

suite("the task pane at 320 px", () => {
  let server: StaticServer;
  let browser: Browser;
  const host = new E2eHost();
  let expected: { caop: string };
  const file = join(OUT, "export-titres.xlsx");

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const [{ outDir, errors }] = await Promise.all([built("web"), built("cli")]);
    if (errors.length > 0) throw new Error(`webpack failed:\n${errors.join("\n")}`);
    await writeExport(file);
    const cli = spawnSync(process.execPath, [join(ROOT, "bin", "caop.js"), "compute", file, "--json"], {
      encoding: "utf8",
    });
    if (cli.status !== 0) throw new Error(`caop compute failed: ${cli.stderr}`);
    expected = JSON.parse(cli.stdout) as { caop: string };
    [server, browser] = await host.start(outDir);
  }, BUILD_WAIT_MS);

  afterAll(() => host.stop());

  async function open(lang: "fr" | "en"): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
    await page.goto(`${server.url}playground.html?lang=${lang}`);
    await page.waitForSelector("[data-testid=source-summary]");
    await page.getByTestId("xlsx-file").setInputFiles(file);
    await page.getByText("Export!A4:H30").waitFor();
    return page;
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
  }

  for (const lang of ["fr", "en"] as const) {
    it(`reads the export with title rows and shows the CLI's CA OP, then works every step (${lang})`, async () => {
      const page = await open(lang);
      const caop = page.getByTestId("source-caop");
      expect(await caop.getAttribute("data-value")).toBe(expected.caop);
      expect(await page.getByTestId("source-summary").textContent()).toMatch(
        /^26 (lignes|rows), 8 (colonnes|columns)/,
      );
      expect(await axeProblems(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot(page, `320-${lang}-1-source`);

      await page.getByTestId("source-next").click();
      await page.getByTestId("map-client").selectOption("__none__");
      await page.getByTestId("map-amount").selectOption({ label: "Client" });
      await page.getByTestId("mapping-unusable").waitFor();
      expect(await page.getByTestId("mapping-confirm").isDisabled()).toBe(true);
      expect(await axeProblems(page)).toEqual([]);
      await page.getByTestId("mapping-unusable").scrollIntoViewIfNeeded();
      await shot(page, `320-${lang}-2-mapping-blocked`);
      await page.getByTestId("map-amount").selectOption("__auto__");
      await page.getByTestId("mapping-unusable").waitFor({ state: "detached" });
      expect(await overflowing(page)).toEqual([]);
      await page.getByTestId("mapping-confirm").click();

      await page.getByTestId("tag").click();
      await page.getByTestId("review").waitFor();
      expect(await page.getByTestId("caop-total").getAttribute("data-value")).toBe(expected.caop);
      const first = page.locator("[data-testid^=review-row-]").first();
      const row = Number((await first.getAttribute("data-testid"))?.replace("review-row-", ""));
      const cards = await page.locator("[data-testid^=review-row-]").count();
      await page.getByTestId(`decide-op-${row}`).click();
      await page.getByTestId(`decided-row-${row}`).waitFor();
      const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
      expect(focused).toMatch(cards > 1 ? /^review-row-/ : /^(review-row-|)/);
      expect(await page.getByTestId("review-announce").textContent()).toContain(String(row));
      expect(await axeProblems(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot(page, `320-${lang}-3-tagging`);

      await page.getByTestId("tagging-next").click();
      await page.getByTestId("generate").click();
      await page.getByTestId("dashboard-result").waitFor();
      expect(
        await page.getByTestId("year-caop").evaluate((el) => el.parentElement?.textContent ?? ""),
      ).not.toMatch(/:\s*:/);
      expect(await axeProblems(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shot(page, `320-${lang}-4-dashboard`);

      await page.getByTestId("dashboard-next").click();
      await page.getByTestId("checklist-month").waitFor();
      expect(await axeProblems(page)).toEqual([]);
      await shot(page, `320-${lang}-5-checklist`);
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
      await page.context().close();
    }, 300_000);
  }
});
