/**
 * Issue 13: the chart N vs N-1 in the .xlsx files the CLI writes. ExcelJS writes no chart, so the
 * hosts add a DrawingML chart part after saving (src/workbook/xlsx-chart.ts). Checked here: the parts
 * and their references, ExcelJS can still open and regenerate the file, and LibreOffice (an
 * independent reader) keeps the chart with its series references when it re-saves the file and
 * draws it when it prints it (the chart's title is in the PDF; hidden helper rows and columns are not).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateDashboard } from "../../src/app/generate";
import { defaultSettings } from "../../src/core/settings";
import { SHEET_NAMES } from "../../src/sheet/names";
import { emptySheet } from "../../src/sheet/plan";
import { readTableFile } from "../../src/workbook/readers";
import { XlsxHost } from "../../src/workbook/xlsx";
import { addChartsToXlsx, chartXml, planValues } from "../../src/workbook/xlsx-chart";
import { StreamXlsxHost } from "../../src/workbook/xlsx-stream";
import { ledgerCsv } from "../fixtures/dashboard-ledger";
import { libreOfficeMissing, recalc, renderPng } from "./libreoffice";

const DASH = "Tableau de bord CA OP";
const OUT = join(__dirname, "..", "..", "test-output", "chart");
const options = { settings: { ...defaultSettings(), year: 2025 }, sheet: SHEET_NAMES.data };
const missing = libreOfficeMissing();
if (missing && process.env.CI === "true") throw new Error(`LibreOffice obligatoire sous CI : ${missing}`);
if (missing) console.warn(`test LibreOffice ignoré : ${missing}`);
const withLibreOffice = missing ? it.skip : it;

/** Writes the dashboard of the test ledger with the in-memory or the streaming ExcelJS host. */
async function written(kind: "whole" | "streamed"): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const csv = join(OUT, "ledger.csv");
  writeFileSync(csv, ledgerCsv());
  const table = await readTableFile(csv);
  const file = join(OUT, `${kind}.xlsx`);
  const host =
    kind === "whole"
      ? XlsxHost.fromTable(table, SHEET_NAMES.data)
      : new StreamXlsxHost(table, SHEET_NAMES.data);
  await generateDashboard(host, options);
  await host.save(file);
  return file;
}

/** The chart parts of a file: chart XML texts, and the dashboard sheet's relationships. */
async function chartParts(file: string): Promise<{ charts: string[]; types: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  const charts = await Promise.all(names.map((n) => zip.file(n)?.async("string") ?? ""));
  return { charts, types: (await zip.file("[Content_Types].xml")?.async("string")) ?? "" };
}

describe("chart in files written with ExcelJS", () => {
  it("chartXml: series over the sheet's cells, hidden cells plotted, the plan's values cached", () => {
    const p = emptySheet("dashboard", "Tab & co");
    p.blocks.push({
      row: 5,
      col: 1,
      cells: [
        ["janv.", { formula: "=1", value: 12.5 }],
        ["févr.", 7],
      ],
    });
    expect(planValues(p, "A5:A6")).toEqual(["janv.", "févr."]);
    expect(planValues(p, "B5:B6")).toEqual([12.5, 7]);
    const xml = chartXml(
      {
        type: "column",
        title: "CA OP <N>",
        categories: "A5:A6",
        series: [{ name: "N", values: "B5:B6" }],
        anchor: { cell: "A20", cols: 8, rows: 18 },
      },
      p.name,
      p,
    );
    expect(xml).toContain("<c:f>'Tab &amp; co'!$B$5:$B$6</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>12.5</c:v></c:pt>');
    expect(xml).toContain('<c:plotVisOnly val="0"/>');
    expect(xml).toContain("CA OP &lt;N&gt;");
  });

  it.each(["whole", "streamed"] as const)(
    "%s host: one chart over B5:B16 and the hidden N-1 column O",
    async (kind) => {
      const file = await written(kind);
      const { charts, types } = await chartParts(file);
      expect(charts).toHaveLength(1);
      expect(charts[0]).toContain(`<c:f>'${DASH}'!$A$5:$A$16</c:f>`);
      expect(charts[0]).toContain(`<c:f>'${DASH}'!$B$5:$B$16</c:f>`);
      expect(charts[0]).toContain(`<c:f>'${DASH}'!$O$5:$O$16</c:f>`);
      expect(types).toContain('PartName="/xl/charts/chart1.xml"');
      // ExcelJS still opens the file; regenerating it gives one chart again, not two.
      const back = await XlsxHost.load(file);
      expect(back.workbook.getWorksheet(DASH)?.getCell("B5").formula).toMatch(/^SUMIFS\(/);
      await generateDashboard(back, options);
      const again = join(OUT, `${kind}-again.xlsx`);
      await back.save(again);
      expect((await chartParts(again)).charts).toHaveLength(1);
    },
  );

  it("streamed host: the charts added while writing are the parts the JSZip pass adds afterwards", async () => {
    mkdirSync(OUT, { recursive: true });
    const table = await readTableFile(join(OUT, "ledger.csv")).catch(async () => {
      writeFileSync(join(OUT, "ledger.csv"), ledgerCsv());
      return readTableFile(join(OUT, "ledger.csv"));
    });
    const fixed = { ...options, now: new Date(2025, 3, 2, 9, 30) };
    const direct = new StreamXlsxHost(table, SHEET_NAMES.data);
    await generateDashboard(direct, fixed);
    await direct.save(join(OUT, "direct.xlsx"));
    // The same workbook written without charts, then given them by the JSZip pass (the former way).
    const later = new StreamXlsxHost(table, SHEET_NAMES.data);
    const { plan } = await generateDashboard(later, fixed);
    const charts = plan.sheets.map((p) => p.charts);
    plan.sheets.forEach((p) => (p.charts = []));
    await later.save(join(OUT, "later.xlsx"));
    plan.sheets.forEach((p, i) => (p.charts = charts[i]));
    expect(charts.flat().length).toBeGreaterThan(0);
    const parts = async (bytes: Uint8Array): Promise<Map<string, string>> => {
      const zip = await JSZip.loadAsync(bytes);
      const out = new Map<string, string>();
      for (const f of Object.values(zip.files)) {
        if (f.dir) continue;
        const text = await f.async("string");
        out.set(f.name, text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "<time>"));
      }
      return out;
    };
    const got = await parts(readFileSync(join(OUT, "direct.xlsx")));
    const want = await parts(await addChartsToXlsx(readFileSync(join(OUT, "later.xlsx")), plan.sheets));
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    expect([...got.keys()]).toContain("xl/charts/chart1.xml");
    for (const [name, xml] of want) expect({ name, xml: got.get(name) }).toEqual({ name, xml });
  });

  withLibreOffice(
    "LibreOffice keeps the chart with its references when it re-saves the file, and prints it",
    async () => {
      const file = await written("streamed");
      const re = recalc(file, join(OUT, "lo"));
      const { charts } = await chartParts(re);
      expect(charts).toHaveLength(1);
      const refs = [...charts[0].matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
      expect(refs).toEqual(expect.arrayContaining([`'${DASH}'!$B$5:$B$16`, `'${DASH}'!$O$5:$O$16`]));
      expect(charts[0]).toMatch(/plotVisOnly val="0"/);
      // Printed: only the dashboard visible, so the PDF is its pages; the chart's title is drawn.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const print = join(OUT, "dashboard-print.xlsx");
      const host = new XlsxHost(wb);
      await generateDashboard(host, options);
      for (const ws of wb.worksheets) ws.state = ws.name === DASH ? "visible" : "hidden";
      wb.views = [{ activeTab: wb.worksheets.findIndex((w) => w.name === DASH) } as ExcelJS.WorkbookView];
      await host.save(print);
      const pngs = renderPng(print, join(OUT, "png"), 80);
      expect(pngs.length).toBeGreaterThan(0);
      const text = execFileSync("pdftotext", [join(OUT, "png", "dashboard-print.pdf"), "-"], {
        encoding: "utf8",
      });
      expect(text).toContain("CA OP par mois : 2025 vs 2024");
      expect(text).toContain("CA OP par commercial — exercice 2025");
      // Hidden helper columns (J–P headers) are not printed.
      expect(text).not.toContain("Clé M-1");
    },
    240_000,
  );
});
