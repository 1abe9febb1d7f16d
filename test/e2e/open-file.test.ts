/**
 * Issues 13 and 12, end to end at 320 × 800 in French and English, with axe: a real-looking CSV
 * export (two title rows, a blank row, credit notes, a discount column, an asset sale, a subsidy)
 * and a FEC opened from the task pane's source step ("Open a file…"). The file is read in a Web
 * Worker; the CA OP shown (the file's and the imported sheet's) equals `caop compute --json` on the
 * same file (the CLI bundle of this run); the lines land in a new sheet and the dashboard is
 * generated from it. Screenshots: test-output/screenshots/320-<lang>-file-*.png.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { built, BUILD_WAIT_MS } from "../build/bundles";
import { browserTestsEnabled } from "./build";
import { E2eHost } from "./host";
import { axeProblems, overflowing } from "./pane-checks";
import type { StaticServer } from "./server";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "screenshots");
const FEC = join(ROOT, "test", "fixtures", "fec", "123456789FEC20251231.txt");
const enabled = browserTestsEnabled("open a file from the pane");
const suite = enabled ? describe : describe.skip;

/** A sales journal as an accounting package exports it to CSV (UTF-8 with BOM, CRLF, French numbers). */
function exportCsv(): string {
  const lines = [
    "Journal des ventes — Atelier Dupin SARL;;;;;;;",
    "Export du 02/04/2025, exercice 2025;;;;;;;",
    ";;;;;;;",
    "Date;N° pièce;Type pièce;Compte;Libellé;Client;Montant HT;Remise",
  ];
  for (let m = 1; m <= 3; m++) {
    for (let k = 0; k < 5; k++) {
      const cents = 100_000 + 13_745 * k + 1_110 * m;
      const amount = `${Math.floor(cents / 100).toLocaleString("fr-FR")},${String(cents % 100).padStart(2, "0")}`;
      const discount = k === 2 ? "50,00" : "0,00";
      lines.push(
        `0${k + 3}/0${m}/2025;FA${m}${k};Facture;706000;Prestation atelier;Client ${k};${amount};${discount}`,
      );
    }
    lines.push(`20/0${m}/2025;AV${m};Avoir;709000;Avoir client retour;Client 1;-220,30;0,00`);
  }
  lines.push("14/02/2025;CE1;Facture;775000;Cession camionnette;Garage Martin;8 500,00;0,00");
  lines.push("01/03/2025;SUB1;Divers;740000;Subvention d'exploitation Région;Région;12 000,00;0,00");
  lines.push("28/03/2025;FA99;Facture;708000;Refacturation frais de port;Client 3;310,20;0,00");
  return "\ufeff" + lines.join("\r\n").replace(/\u202f/g, " ") + "\r\n";
}

/** The same kind of export saved as .xlsx by Excel: a title, a blank row, real dates and numbers. */
async function writeXlsx(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Export");
  ws.addRow(["Grand livre des ventes — Atelier Dupin SARL"]);
  ws.addRow([]);
  ws.addRow(["Date pièce", "Compte", "Libellé", "Client", "Montant HT", "Remise"]);
  for (let m = 1; m <= 3; m++) {
    ws.addRow([
      new Date(Date.UTC(2025, m - 1, 5)),
      "706000",
      "Prestation",
      "Client A",
      1200.5 * m,
      m === 2 ? 40 : 0,
    ]);
    ws.addRow([new Date(Date.UTC(2025, m - 1, 21)), "709000", "Avoir retour", "Client A", -99.9, 0]);
  }
  ws.addRow([new Date(Date.UTC(2025, 1, 14)), "775000", "Cession véhicule", "Garage", 8500, 0]);
  ws.addRow([new Date(Date.UTC(2025, 2, 1)), "740000", "Subvention d'exploitation", "Région", 12000, 0]);
  await book.xlsx.writeFile(file);
}

/** `caop compute FILE --json`'s CA OP, with the CLI bundle of this run. */
function cliCaop(file: string): string {
  const cli = spawnSync(process.execPath, [join(ROOT, "bin", "caop.js"), "compute", file, "--json"], {
    encoding: "utf8",
  });
  if (cli.status !== 0) throw new Error(`caop compute failed: ${cli.stderr}`);
  return (JSON.parse(cli.stdout) as { caop: string }).caop;
}

suite("opening a file from the task pane at 320 px", () => {
  let server: StaticServer;
  let browser: Browser;
  const host = new E2eHost();
  const csv = join(OUT, "export-ventes.csv");
  const xlsx = join(OUT, "export-ventes-excel.xlsx");
  const expected: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const [{ outDir, errors }] = await Promise.all([built("web"), built("cli")]);
    if (errors.length > 0) throw new Error(`webpack failed:\n${errors.join("\n")}`);
    writeFileSync(csv, exportCsv());
    expected.csv = cliCaop(csv);
    expected.fec = cliCaop(FEC);
    await writeXlsx(xlsx);
    expected.xlsx = cliCaop(xlsx);
    [server, browser] = await host.start(outDir);
  }, BUILD_WAIT_MS);

  afterAll(() => host.stop());

  async function open(lang: "fr" | "en"): Promise<Page & { errors: string[]; workers: number }> {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = Object.assign(await context.newPage(), { errors: [] as string[], workers: 0 });
    page.on("pageerror", (e) => page.errors.push(e.message));
    page.on("worker", () => page.workers++);
    await page.goto(`${server.url}playground.html?lang=${lang}`);
    await page.waitForSelector("[data-testid=source-summary]");
    return page;
  }

  /** Opens a file with the source step's button and waits until its lines are the source. */
  async function openFile(page: Page, file: string, sheet: string): Promise<void> {
    const chooser = page.waitForEvent("filechooser");
    await page.getByTestId("source-open-file").click();
    await (await chooser).setFiles(file);
    await page.getByTestId("source-file-sheet").filter({ hasText: sheet }).waitFor();
    await page.getByTestId("source-summary").filter({ hasText: sheet }).waitFor();
  }

  const shot = (page: Page, name: string): Promise<Buffer> =>
    page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });

  it("opens an .xlsx with a title and a blank row above the header, in the worker too (fr)", async () => {
    const page = await open("fr");
    await openFile(page, xlsx, "export-ventes-excel");
    expect(await page.getByTestId("file-caop").getAttribute("data-value")).toBe(expected.xlsx);
    expect(await page.getByTestId("source-caop").getAttribute("data-value")).toBe(expected.xlsx);
    expect(page.workers).toBeGreaterThan(0);
    expect(await axeProblems(page)).toEqual([]);
    await page.getByTestId("source-file-card").scrollIntoViewIfNeeded();
    await shot(page, "320-fr-file-4-xlsx");
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  for (const lang of ["fr", "en"] as const) {
    it(`opens a CSV export and a FEC, shows the CLI's CA OP and generates the dashboard (${lang})`, async () => {
      const page = await open(lang);
      await openFile(page, csv, "export-ventes");
      expect(await page.getByTestId("file-caop").getAttribute("data-value")).toBe(expected.csv);
      expect(await page.getByTestId("source-caop").getAttribute("data-value")).toBe(expected.csv);
      expect(await page.getByTestId("notice").textContent()).toContain("export-ventes");
      expect(page.workers).toBeGreaterThan(0);
      expect(await axeProblems(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.getByTestId("source-file-card").scrollIntoViewIfNeeded();
      await shot(page, `320-${lang}-file-1-csv`);

      await page.getByTestId("source-next").click();
      await page.getByTestId("mapping-confirm").click();
      await page.getByTestId("tagging-next").click();
      await page.getByTestId("generate").click();
      await page.getByTestId("dashboard-result").waitFor({ timeout: 120_000 });
      expect(await axeProblems(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.getByTestId("year-caop").scrollIntoViewIfNeeded();
      await shot(page, `320-${lang}-file-2-dashboard`);
      const sheets = await page.evaluate(() =>
        (
          window as unknown as { __caop: { workbook: { sheets: { name: string }[] } } }
        ).__caop.workbook.sheets.map((s) => s.name),
      );
      expect(sheets).toEqual(expect.arrayContaining(["Ventes", "export-ventes"]));
      expect(sheets.some((s) => /Tableau de bord|Dashboard/.test(s))).toBe(true);

      await page.getByTestId("tab-source").click();
      await openFile(page, FEC, "123456789FEC20251231");
      expect(await page.getByTestId("file-caop").getAttribute("data-value")).toBe(expected.fec);
      expect(await page.getByTestId("source-caop").getAttribute("data-value")).toBe(expected.fec);
      expect(await axeProblems(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.getByTestId("source-file-card").scrollIntoViewIfNeeded();
      await shot(page, `320-${lang}-file-3-fec`);
      expect(page.errors).toEqual([]);
      await page.context().close();
    }, 300_000);
  }
});
