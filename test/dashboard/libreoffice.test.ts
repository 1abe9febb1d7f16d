/**
 * The dashboard and QC files recalculated by LibreOffice: every formula cell must equal the
 * engine's value (money to the cent, percentages within 1e-9). Mandatory under CI; skipped with a
 * printed reason only where soffice is absent outside CI.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings } from "../../src/core/settings";
import { generateDashboard, generateQc } from "../../src/app/generate";
import { SHEET_NAMES } from "../../src/sheet/names";
import { readTableFile } from "../../src/workbook/readers";
import { XlsxHost } from "../../src/workbook/xlsx";
import { StreamXlsxHost } from "../../src/workbook/xlsx-stream";
import { ledgerCsv, ledgerRows } from "../fixtures/dashboard-ledger";
import { libreOfficeMissing, recalc, renderPng } from "../workbook/libreoffice";
import { compareFormulas } from "./crosscheck";

const rows = ledgerRows();
const OUT = join(__dirname, "..", "..", "test-output", "dashboard");
const missing = libreOfficeMissing();
if (missing && process.env.CI === "true") throw new Error(`LibreOffice obligatoire sous CI : ${missing}`);
if (missing) console.warn(`test LibreOffice ignoré : ${missing}`);
const maybe = missing ? describe.skip : describe;

async function hostFor(name: string, year?: number): Promise<XlsxHost> {
  mkdirSync(OUT, { recursive: true });
  const csv = join(OUT, `${name}.csv`);
  writeFileSync(csv, ledgerCsv());
  const table = await readTableFile(csv);
  void year;
  return XlsxHost.fromTable(table, SHEET_NAMES.data, { cacheValues: false });
}

maybe("LibreOffice cross-check", () => {
  jest.setTimeout(240_000);

  it.each([
    ["fy2025", 2025],
    ["fy2024-no-n1", 2024],
  ])("dashboard %s: every formula equals the engine", async (name, year) => {
    const host = await hostFor(name);
    const options = {
      settings: { ...defaultSettings(), year },
      sheet: SHEET_NAMES.data,
      now: new Date(2025, 3, 2, 9, 30),
    };
    await generateDashboard(host, options);
    // The user types targets (one of them zero), then regenerates: Écart is checked with them.
    const typed = host.workbook.getWorksheet("Tableau de bord CA OP");
    if (typed) [300000, 250000, 0].forEach((v, i) => (typed.getCell(`G${5 + i}`).value = v));
    const g = await generateDashboard(host, options);
    expect(g.model.months[0].objective).toBe(300000);
    const file = join(OUT, `${name}.xlsx`);
    await host.save(file);
    const re = recalc(file, join(OUT, "recalc"));
    const { checked, mismatches } = await compareFormulas(g.plan, re);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(200);
    // The comparison can fail: one wrong expected value is caught.
    const wrong = structuredClone(g.plan);
    const cell = wrong.sheets
      .find((x) => x.key === "dashboard")
      ?.blocks.find((b) => b.row === 5 && b.col === 1)?.cells[0][1] as { value: number };
    cell.value += 0.01;
    expect((await compareFormulas(wrong, re)).mismatches).toHaveLength(1);
    // Names that look like formulas are still plain text after LibreOffice's round trip.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(re);
    const clients = wb.getWorksheet("CA OP par client");
    const labels: unknown[] = [];
    clients?.getColumn(1).eachCell((c) => void labels.push(c.value));
    expect(labels).toEqual(expect.arrayContaining(['=HYPERLINK("x")', "-5"]));
    expect(wb.getWorksheet(SHEET_NAMES.data)?.getCell("F2").value).toBe(rows[1][5]);
    // "Voir détail onglet" is a HYPERLINK formula LibreOffice evaluates to its text.
    expect(wb.getWorksheet("Tableau de bord CA OP")?.getCell("F5").result).toBe("Voir détail onglet");
  });

  it("dashboard streamed as by caop dashboard on a CSV: every formula equals the engine, marks and settings kept", async () => {
    mkdirSync(OUT, { recursive: true });
    const csv = join(OUT, "streamed.csv");
    writeFileSync(csv, ledgerCsv());
    const host = new StreamXlsxHost(await readTableFile(csv), SHEET_NAMES.data, { cacheValues: false });
    const settings = { ...defaultSettings(), year: 2025 };
    const g = await generateDashboard(host, {
      settings,
      sheet: SHEET_NAMES.data,
      now: new Date(2025, 3, 2, 9, 30),
    });
    await host.saveSettings({ ...settings, source: { sheet: SHEET_NAMES.data } });
    const file = join(OUT, "streamed.xlsx");
    await host.save(file);
    const re = recalc(file, join(OUT, "recalc"));
    const { checked, mismatches } = await compareFormulas(g.plan, re);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(200);
    // The streamed file, read back: product marks, settings in the very hidden sheet, the data copy.
    const back = await XlsxHost.load(file);
    const keys = (await back.listSheets()).map((x) => x.productKey ?? "");
    expect(keys).toContain("dashboard");
    expect(keys.filter((k) => k.startsWith("detail:")).length).toBeGreaterThanOrEqual(2);
    expect(back.workbook.getWorksheet(SHEET_NAMES.settings)?.state).toBe("veryHidden");
    expect((await back.loadSettings()).source?.sheet).toBe(SHEET_NAMES.data);
    expect(back.workbook.getWorksheet(SHEET_NAMES.data)?.getCell("F2").value).toBe(rows[1][5]);
  });

  it("dashboard with more salespeople than its block lists (the others row): every formula equals the engine", async () => {
    mkdirSync(OUT, { recursive: true });
    const csv = join(OUT, "sellers.csv");
    writeFileSync(csv, ledgerCsv({ months: 15, segments: 5, salespeople: 9, lines: 3000 }));
    const host = XlsxHost.fromTable(await readTableFile(csv), SHEET_NAMES.data, { cacheValues: false });
    const g = await generateDashboard(host, {
      settings: { ...defaultSettings(), year: 2025 },
      sheet: SHEET_NAMES.data,
      now: new Date(2025, 3, 2, 9, 30),
    });
    const file = join(OUT, "sellers.xlsx");
    await host.save(file);
    const re = recalc(file, join(OUT, "recalc"));
    const { checked, mismatches } = await compareFormulas(g.plan, re);
    expect(mismatches).toEqual([]);
    // The block's 6 rows × 4 formulas are among them.
    const dash = g.plan.sheets.find((x) => x.key === "dashboard");
    const others = dash?.blocks.find((b) => b.cells[0][0] === "Autres commerciaux (4)");
    expect(others).toBeDefined();
    expect(checked).toBeGreaterThan(200);
  });

  it("QC sheet: every formula equals the engine", async () => {
    const host = await hostFor("qc");
    const g = await generateQc(host, "2024-Q3", { settings: defaultSettings(), sheet: SHEET_NAMES.data });
    const file = join(OUT, "qc-2024-Q3.xlsx");
    await host.save(file);
    const re = recalc(file, join(OUT, "recalc"));
    const { checked, mismatches } = await compareFormulas(g.plan, re);
    expect(mismatches).toEqual([]);
    expect(checked).toBe(g.model.sample.length + 4);
  });

  it("renders the dashboard, the segment sheet and the QC sheet to PNG for a person to look at", async () => {
    const host = await hostFor("render");
    const settings = { ...defaultSettings(), year: 2025 };
    const now = new Date(2025, 3, 2, 9, 30);
    await generateDashboard(host, { settings, sheet: SHEET_NAMES.data, now });
    await generateQc(host, "2025-Q1", { settings, sheet: SHEET_NAMES.data, now });
    const shots: [string, string][] = [
      ["Tableau de bord CA OP", "tableau-de-bord"],
      ["CA OP par segment", "detail-segment"],
      ["Contrôle qualité 2025-T1", "controle-qualite"],
    ];
    for (const [sheet, file] of shots) {
      // Only that sheet is visible (printed) in this copy.
      const all = host.workbook.worksheets;
      for (const ws of all) ws.state = ws.name === sheet ? "visible" : "hidden";
      host.workbook.views = [{ activeTab: all.findIndex((w) => w.name === sheet) } as ExcelJS.WorkbookView];
      const path = join(OUT, `${file}.xlsx`);
      await host.save(path);
      const pngs = renderPng(path, join(OUT, "png"), 90);
      expect(pngs.length).toBeGreaterThan(0);
    }
  });
});
