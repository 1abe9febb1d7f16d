/**
 * The Office.js host on a mock Excel that counts syncs and request sizes: batched writes, a sync
 * count that does not grow with months or segments, requests under 5 MB, requirement sets checked,
 * text never entered as a formula, product sheets refreshed in place, user sheets never touched.
 */
import { defaultSettings, type CaopSettings } from "../../src/core/settings";
import { generateDashboard, generateQc } from "../../src/app/generate";
import { OfficeHost, officeCell } from "../../src/workbook/office";
import { ledgerRows } from "../fixtures/dashboard-ledger";
import { MockExcel, enter } from "./mockExcel";

const DASH = "Tableau de bord CA OP";

function setup(rows = ledgerRows(), maxVersion = "1.18"): { excel: MockExcel; host: OfficeHost } {
  const excel = new MockExcel(maxVersion);
  excel.addSheet("Ventes", rows);
  const host = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  return { excel, host };
}

const settings = (over: Partial<CaopSettings> = {}): CaopSettings => ({
  ...defaultSettings(),
  year: 2025,
  ...over,
});

describe("officeCell", () => {
  it("quote-prefixes every text so Excel never reads it as a formula or a number", () => {
    for (const s of ['=HYPERLINK("x")', "+33 6 12", "-5", "@foo", "00123", "janv. 2025"]) {
      expect(enter(officeCell(s))).toEqual({ value: s });
    }
    expect(officeCell({ formula: "=SUM(A1:A2)" })).toBe("=SUM(A1:A2)");
    expect(officeCell(null)).toBe("");
    expect(officeCell(12.5)).toBe(12.5);
  });
});

describe("OfficeHost.applyPlan", () => {
  it("writes the dashboard, details and tags with every text cell entered as text", async () => {
    const { excel, host } = setup();
    const g = await generateDashboard(host, { settings: settings(), sheet: "Ventes" });
    const dash = excel.sheet(DASH);
    expect(dash).toBeDefined();
    for (const s of excel.sheets) for (const cell of s.cells.values()) expect(cell.unsafe).toBeUndefined();
    // Formulas are there, as the plan wrote them.
    const planDash = g.plan.sheets.find((s) => s.key === "dashboard");
    const b5 = planDash?.blocks.find((b) => b.row === 5 && b.col === 1)?.cells[0][1] as { formula: string };
    expect(dash?.get(5, 2)?.formula).toBe(b5.formula);
    // Injection strings from the data stay text in the client detail sheet.
    const client = excel.sheet("CA OP par client");
    const labels = [...(client?.cells.entries() ?? [])]
      .filter(([k]) => k.endsWith(",1"))
      .map(([, c]) => c.value);
    expect(labels).toEqual(expect.arrayContaining(['=HYPERLINK("x")', "-5"]));
    // Hyperlink to the salesperson sheet, chart N vs N-1 plotting the hidden N-1 column, marks.
    expect(dash?.get(5, 6)?.hyperlink?.documentReference).toBe("'CA OP par commercial'!B4");
    expect(dash?.charts).toHaveLength(1);
    expect(dash?.charts[0].series.map((s) => s.values)).toEqual(["B5:B16", "O5:O16"]);
    expect(dash?.charts[0].plotVisibleOnly).toBe(false);
    expect(excel.names.get("_CAOP.dashboard")?.sheet).toBe(DASH);
    expect(dash?.conditionalFormats.length).toBeGreaterThanOrEqual(2);
    expect(dash?.hiddenColumns.has(10)).toBe(true);
    // Helper rows and columns hidden, and outside the print area: the detail sheets' month-key row.
    expect(dash?.printArea).toMatch(/^A1:H\d+$/);
    const seller = excel.sheet("CA OP par commercial");
    expect([...(seller?.hiddenRows ?? [])]).toEqual([3]);
    expect(seller?.get(3, 2)?.value).toBe(202501);
    // The "CA OP par commercial" block: live SUMIFS, its criterion entered as text, a link to the row.
    const title = [...(dash?.cells.entries() ?? [])].find(([, c]) =>
      String(c.value).startsWith("CA OP par commercial — exercice"),
    );
    const top = Number(title?.[0].split(",")[0]) + 2;
    expect(dash?.get(top, 2)?.formula).toMatch(/^=SUMIFS\(/);
    expect(dash?.get(top, 10)?.value).toBe(`=${dash?.get(top, 1)?.value}`);
    expect(dash?.get(top, 10)?.formula).toBeUndefined();
    const target = dash?.get(top, 6)?.hyperlink?.documentReference ?? "";
    expect(target).toMatch(/^'CA OP par commercial'!A\d+$/);
    expect(seller?.get(Number(target.split("!A")[1]), 1)?.value).toBe(dash?.get(top, 1)?.value);
    expect(excel.suspendCalls).toBeGreaterThan(0);
    expect(excel.active).toBe(DASH);
  });

  it("never writes a data cell outside the product's four columns", async () => {
    const rows = ledgerRows();
    const { excel, host } = setup(rows);
    const before = new Map([...(excel.sheet("Ventes")?.cells ?? [])].map(([k, c]) => [k, c.value]));
    await generateDashboard(host, { settings: settings(), sheet: "Ventes" });
    const data = excel.sheet("Ventes");
    for (const [k, v] of before) expect(data?.cells.get(k)?.value).toBe(v);
    const cols = new Set([...(data?.cells.keys() ?? [])].map((k) => Number(k.split(",")[1])));
    expect([...cols].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect([10, 11, 12, 13].map((c) => data?.get(1, c)?.value)).toEqual([
      "OP",
      "Motif",
      "Contribution CA OP",
      "Mois CA OP",
    ]);
  });

  it("keeps the sync count constant as months and segments grow (same line count)", async () => {
    const counts: number[] = [];
    for (const [months, segments] of [
      [12, 5],
      [24, 5],
      [12, 200],
      [24, 200],
    ]) {
      const { host } = setup(ledgerRows({ months, segments, salespeople: 20, lines: 4000 }));
      await generateDashboard(host, { settings: settings({ year: undefined }), sheet: "Ventes" });
      counts.push(host.lastSyncs);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  it("splits large writes into requests under 5 MB", async () => {
    const { excel, host } = setup(ledgerRows({ months: 24, segments: 50, salespeople: 20, lines: 60000 }));
    await generateDashboard(host, { settings: settings(), sheet: "Ventes" });
    expect(Math.max(...excel.requests)).toBeLessThan(5 * 1024 * 1024);
    expect(host.lastSyncs).toBeGreaterThan(2);
  });

  it("refreshes product sheets in place: Objectif kept, one chart, no duplicate sheet", async () => {
    const { excel, host } = setup();
    await generateDashboard(host, { settings: settings(), sheet: "Ventes" });
    excel.sheet(DASH)?.cells.set("5,7", { value: 900000 });
    const sheetsBefore = excel.sheets.map((s) => s.name);
    await generateDashboard(host, { settings: settings(), sheet: "Ventes" });
    expect(excel.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(excel.sheet(DASH)?.get(5, 7)?.value).toBe(900000);
    expect(excel.sheet(DASH)?.charts.filter((c) => !c.deleted)).toHaveLength(1);
  });

  it("never overwrites a user's sheet with the dashboard's name", async () => {
    const { excel, host } = setup();
    excel.addSheet(DASH, [["mes notes"]]);
    const g = await generateDashboard(host, { settings: settings(), sheet: "Ventes" });
    expect(excel.sheet(DASH)?.get(1, 1)?.value).toBe("mes notes");
    expect(excel.sheet(`${DASH} (2)`)).toBeDefined();
    expect(g.messages.map((m) => m.code)).toContain("sheet_name_clash");
  });

  it("checks requirement sets: without ExcelApi 1.6+ no conditional format, chart, validation or suspension", async () => {
    const { excel, host } = setup(ledgerRows(), "1.5");
    const g = await generateDashboard(host, { settings: settings(), sheet: "Ventes" });
    const dash = excel.sheet(DASH);
    expect(dash?.conditionalFormats).toHaveLength(0);
    expect(dash?.charts).toHaveLength(0);
    expect(excel.suspendCalls).toBe(0);
    expect(dash?.get(5, 6)?.formula).toMatch(/^=HYPERLINK\("#'CA OP par commercial'!B4"/);
    expect(g.messages.map((m) => m.code)).toEqual(
      expect.arrayContaining([
        "unsupported_conditionalFormats",
        "unsupported_charts",
        "unsupported_freezePanes",
      ]),
    );
    const qc = await generateQc(host, "2025-Q1", { settings: settings(), sheet: "Ventes" });
    expect(excel.sheet(qc.plan.activate ?? "")?.validations).toHaveLength(0);
    expect(qc.messages.map((m) => m.code)).toContain("unsupported_dataValidation");
  });

  it("stops with an AbortError when cancelled", async () => {
    const { host } = setup();
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(
      generateDashboard(host, { settings: settings(), sheet: "Ventes", signal: ctrl.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("adds the QC sheet with the Oui/Non drop-down", async () => {
    const { excel, host } = setup();
    const g = await generateQc(host, "2025-Q1", { settings: settings(), sheet: "Ventes" });
    const qc = excel.sheet(g.plan.activate ?? "");
    expect(qc?.validations[0]?.rule).toEqual({ list: { inCellDropDown: true, source: "Oui,Non" } });
  });

  it("stores settings in the workbook", async () => {
    const { host } = setup();
    await host.saveSettings(settings({ segmentField: "product" }));
    expect((await host.loadSettings()).segmentField).toBe("product");
  });
});

describe("OfficeHost progress", () => {
  it("reports progress inside a sheet, after each request-sized chunk, up to the plan's total", async () => {
    const excel = new MockExcel("1.18");
    excel.addSheet("Ventes", ledgerRows());
    const host = new OfficeHost({
      run: excel.run,
      isSetSupported: excel.isSetSupported,
      maxRequestBytes: 8_000,
    });
    const seen: { done: number; total: number }[] = [];
    const g = await generateDashboard(host, {
      settings: settings(),
      sheet: "Ventes",
      onProgress: (p) => seen.push({ done: p.done, total: p.total }),
    });
    expect(seen.length).toBeGreaterThan(g.plan.sheets.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
  });
});
