/**
 * The streaming file host (`caop dashboard` on a CSV/FEC, issue 12) writes the same workbook as the
 * in-memory ExcelJS host: every cell's value, formula, number format and font, the sheets' order,
 * states, frozen panes, merges, validations, notes and widths, the marks (defined names) and the
 * settings, compared cell by cell after reading both files back.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDashboard, generateQc } from "../../src/app/generate";
import { defaultSettings } from "../../src/core/settings";
import { SHEET_NAMES } from "../../src/sheet/names";
import type { WorkbookPort } from "../../src/sheet/port";
import { readTableFile } from "../../src/workbook/readers";
import { XlsxHost } from "../../src/workbook/xlsx";
import { StreamXlsxHost } from "../../src/workbook/xlsx-stream";
import { ledgerCsv } from "../fixtures/dashboard-ledger";

let dir = "";
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "caop-stream-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Everything a sheet shows, cell by cell, plus its sheet-level settings. An empty text ("" from an
 * empty CSV field) counts as an empty cell: the streamed data sheet writes texts in their cells and
 * ExcelJS reads an empty one back as no value.
 */
function describeSheet(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (c, col) => {
      if (c.value === "" && !c.note) return;
      cells.push([r, col, c.value, c.numFmt, c.font?.bold, c.font?.color, c.fill, c.note, c.dataValidation]);
    }),
  );
  const widths = Array.from({ length: ws.columnCount }, (_x, i) => ws.getColumn(i + 1).width);
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return {
    name: ws.name,
    state: ws.state,
    views: (ws.views ?? []).map((v) => [
      v.state,
      (v as { xSplit?: number }).xSplit,
      (v as { ySplit?: number }).ySplit,
    ]),
    widths,
    merges: [...merges].sort(),
    cf: JSON.stringify(
      (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [],
    ),
    print: [ws.pageSetup.orientation, ws.pageSetup.printArea, ws.pageSetup.fitToWidth],
    tab: ws.properties.tabColor,
    cells,
  };
}

async function describeFile(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[])
    .map((d) => `${d.name}=${d.ranges.join(",")}`)
    .sort();
  return { names, sheets: wb.worksheets.map(describeSheet) };
}

async function both(
  generate: (host: WorkbookPort) => Promise<unknown>,
): Promise<{ memory: unknown; streamed: unknown }> {
  const csv = join(dir, "ventes.csv");
  writeFileSync(csv, ledgerCsv());
  const table = await readTableFile(csv);
  const settings = { ...defaultSettings(), year: 2025, source: { sheet: SHEET_NAMES.data } };
  const memory = XlsxHost.fromTable(table, SHEET_NAMES.data);
  const streamed = new StreamXlsxHost(table, SHEET_NAMES.data);
  const out: string[] = [];
  for (const host of [memory, streamed]) {
    await generate(host);
    await host.saveSettings(settings);
    const file = join(dir, `${out.length}.xlsx`);
    await host.save(file);
    out.push(file);
  }
  return { memory: await describeFile(out[0]), streamed: await describeFile(out[1]) };
}

describe("StreamXlsxHost", () => {
  const opts = {
    settings: { ...defaultSettings(), year: 2025 },
    sheet: SHEET_NAMES.data,
    now: new Date(2025, 3, 2, 9, 30),
  };

  it("writes the dashboard workbook exactly as the in-memory host does", async () => {
    const { memory, streamed } = await both((h) => generateDashboard(h, opts));
    expect(streamed).toEqual(memory);
    const s = streamed as { names: string[]; sheets: { name: string; state: string }[] };
    expect(s.names.some((n) => n.startsWith("_CAOP.dashboard="))).toBe(true);
    expect(s.sheets.length).toBeGreaterThanOrEqual(5);
    expect(s.sheets[s.sheets.length - 1]).toMatchObject({ name: SHEET_NAMES.settings, state: "veryHidden" });
  });

  it("writes the QC workbook (drop-downs, notes) exactly as the in-memory host does", async () => {
    const { memory, streamed } = await both((h) => generateQc(h, "2025-Q1", opts));
    expect(streamed).toEqual(memory);
  });

  it("reads its table back as the in-memory host does, and refuses a sheet it does not hold", async () => {
    const table = await readTableFile(join(dir, "ventes.csv"));
    const memory = XlsxHost.fromTable(table, SHEET_NAMES.data);
    const streamed = new StreamXlsxHost(table, SHEET_NAMES.data);
    expect(await streamed.readTable({ sheet: SHEET_NAMES.data })).toEqual(
      await memory.readTable({ sheet: SHEET_NAMES.data }),
    );
    expect(await streamed.readTable({ sheet: SHEET_NAMES.data, address: "B1:E20" })).toEqual(
      await memory.readTable({ sheet: SHEET_NAMES.data, address: "B1:E20" }),
    );
    await expect(streamed.readTable({ sheet: "Autre" })).rejects.toThrow(/introuvable/);
  });
});
