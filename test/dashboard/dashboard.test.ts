/**
 * The dashboard plan on the in-memory host: the template's columns, live formulas with the
 * engine's values, "n/d" where there is no reference, alerts, Objectif kept on regeneration,
 * name clashes, injection strings, and the user's data cells left alone.
 */
import Decimal from "decimal.js";
import { fieldColumn, monthlyCaop, topN } from "../../src/core/aggregate";
import { compute } from "../../src/core/engine";
import { defaultSettings, type CaopSettings } from "../../src/core/settings";
import { seriesVariation } from "../../src/core/variations";
import { DASHBOARD_HEADERS } from "../../src/dashboard/dashboard";
import { generateDashboard } from "../../src/app/generate";
import { isFormula, isLink, type WorkbookPlan } from "../../src/sheet/plan";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { ledgerRows } from "../fixtures/dashboard-ledger";

const DASH = "Tableau de bord CA OP";
const settings = (over: Partial<CaopSettings> = {}): CaopSettings => ({ ...defaultSettings(), ...over });

function workbook(rows = ledgerRows()): MemoryWorkbook {
  return MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
}

function value(wb: MemoryWorkbook, address: string): unknown {
  return wb.cell(DASH, address)?.value;
}

/** Every formula of a plan. */
function formulas(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.cells
        .flat()
        .filter(isFormula)
        .map((c) => c.formula),
    ),
  );
}

describe("dashboard sheet", () => {
  it("has the template's columns, one row per month and a year-to-date row", async () => {
    const wb = workbook();
    await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    const headers = ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => value(wb, `${c}4`));
    expect(headers).toEqual([...DASHBOARD_HEADERS]);
    expect(value(wb, "A5")).toBe("janv. 2025");
    expect(value(wb, "A16")).toBe("déc. 2025");
    expect(value(wb, "A17")).toBe("Cumul à date");
    expect(wb.active).toBe(DASH);
    expect(wb.sheet(DASH)?.freeze).toEqual({ rows: 4, cols: 1 });
    expect(wb.sheet(DASH)?.print).toMatchObject({ fitToWidth: 1, fitToHeight: 0 });
  });

  it("uses only functions Excel 2016 and LibreOffice 7.4 compute", async () => {
    const wb = workbook();
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    const used = new Set(
      formulas(g.plan).flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual([
      "ABS",
      "COUNTIF",
      "COUNTIFS",
      "IF",
      "IFERROR",
      "SUM",
      "SUMIF",
      "SUMIFS",
      "SUMPRODUCT",
    ]);
  });

  it("gives each month the engine's CA OP, MoM, YoY and Top 3", async () => {
    const rows = ledgerRows();
    const wb = workbook(rows);
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    const r = g.result;
    const series = monthlyCaop(r);
    const seg = fieldColumn(r, "segment") as number;
    g.model.months.forEach((m, i) => {
      const row = 5 + i;
      expect(wb.cell(DASH, `B${row}`)?.formula).toBe(
        `=SUMIFS('Ventes'!$L$2:$L$${rows.length},'Ventes'!$M$2:$M$${rows.length},$J${row})`,
      );
      expect(value(wb, `B${row}`)).toBe((series.get(m.key) ?? new Decimal(0)).toNumber());
      const mom = seriesVariation(series, m.key, "MOM");
      expect(value(wb, `C${row}`)).toBe(mom === null ? "n/d" : mom.toNumber());
      const top = m.lines === 0 ? "" : topN(r, seg, 3, { from: m.key, to: m.key }).join(", ");
      expect(value(wb, `E${row}`)).toBe(top);
    });
    expect(value(wb, "E5")).toBe("@foo, Logiciels, Services");
  });

  it("says n/d for empty months, a zero reference month and a year without N-1", async () => {
    const wb = workbook();
    await generateDashboard(wb, { settings: settings({ year: 2024 }), sheet: "Ventes" });
    // 2024: no N-1 at all.
    for (let row = 5; row <= 16; row++) expect(value(wb, `D${row}`)).toBe("n/d");
    expect(value(wb, "D17")).toBe("n/d");
    // June 2024 has no line: every variation is n/d; July's reference is empty: n/d.
    expect([value(wb, "B10"), value(wb, "C10"), value(wb, "H10")]).toEqual([0, "n/d", "n/d"]);
    expect(value(wb, "C11")).toBe("n/d");
    // September 2024 nets to 0 (a real month): −100 % against August, then October's reference is 0: n/d.
    expect(value(wb, "B13")).toBe(0);
    expect(value(wb, "C13")).toBe(-1);
    expect(value(wb, "C14")).toBe("n/d");
    // January has no M-1 in the data.
    expect(value(wb, "C5")).toBe("n/d");
  });

  it("lists the segment falling more than 15 % two months running, not the one falling once", async () => {
    const wb = workbook();
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    expect(g.model.alerts.map((a) => `${a.key} ${a.period}`)).toEqual(["Textile 2025-02"]);
    const g24 = await generateDashboard(workbook(), { settings: settings({ year: 2024 }), sheet: "Ventes" });
    expect(g24.model.alerts.map((a) => a.key)).not.toContain("Services");
    const alertRow = wb.sheet(DASH)?.grid.findIndex((r) => r?.[0]?.value === "Textile") ?? -1;
    expect(alertRow).toBeGreaterThan(17);
    expect(wb.sheet(DASH)?.grid[alertRow]?.[3]?.value).toBe("janv. 2025 −22,8 % ; févr. 2025 −25,0 %");
  });

  it("keeps the Objectif typed by the user when regenerated, and computes Écart from it", async () => {
    const wb = workbook();
    await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    wb.setValue(DASH, "G5", 300000);
    wb.setValue(DASH, "G6", "250 000,00 €");
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    expect(value(wb, "G5")).toBe(300000);
    expect(value(wb, "G6")).toBe(250000);
    const jan = g.model.months[0];
    expect(value(wb, "H5")).toBe(jan.caop.minus(300000).div(300000).toNumber());
    expect(value(wb, "G17")).toBe(550000);
    expect(wb.sheets.map((s) => s.name).filter((n) => n.startsWith("Tableau"))).toEqual([DASH]);
  });

  it("does not overwrite a user's sheet with the same name and reuses its own suffixed sheet", async () => {
    const wb = workbook();
    wb.addSheet(DASH, [["mes notes"]]);
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    expect(wb.cell(DASH, "A1")?.value).toBe("mes notes");
    expect(wb.sheet(`${DASH} (2)`)?.productKey).toBe("dashboard");
    expect(g.messages.find((m) => m.code === "sheet_name_clash")?.fr).toContain(`« ${DASH} (2) »`);
    await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    expect(wb.sheets.map((s) => s.name).filter((n) => n.startsWith("Tableau"))).toEqual([
      DASH,
      `${DASH} (2)`,
    ]);
  });

  it("writes data text as text: names that look like formulas never become formulas", async () => {
    const wb = workbook();
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    const texts = g.plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat()));
    for (const name of ['=HYPERLINK("x")', "-5", "@foo", "+33 6 12"]) {
      expect(texts).toContain(name);
      expect(formulas(g.plan).some((f) => f.includes(name))).toBe(false);
    }
    const clients = wb.sheet("CA OP par client")?.grid.map((r) => r?.[0]);
    const injected = clients?.find((c) => c?.value === '=HYPERLINK("x")');
    expect(injected?.formula).toBeUndefined();
  });

  it("touches no data cell except the product's four columns, and stays the same on re-tagging", async () => {
    const rows = ledgerRows();
    const wb = workbook(rows);
    const first = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    const data = wb.sheet("Ventes");
    rows.forEach((row, r) =>
      row.forEach((v, c) => expect(data?.grid[r]?.[c]?.value).toBe(v === "" ? "" : v)),
    );
    expect(data?.grid[0]?.slice(9, 13).map((c) => c?.value)).toEqual([
      "OP",
      "Motif",
      "Contribution CA OP",
      "Mois CA OP",
    ]);
    expect(data?.grid[0]?.[13]).toBeUndefined();
    // The product's columns are not read back as input: same numbers the second time.
    const second = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    expect(second.result.totals.caop.toString()).toBe(first.result.totals.caop.toString());
    expect(second.result.table.headers).toEqual(rows[0]);
  });

  it("the contributions written beside the data add up to the engine's CA OP", async () => {
    const wb = workbook();
    const g = await generateDashboard(wb, { settings: settings(), sheet: "Ventes" });
    let sum = new Decimal(0);
    for (const row of wb.sheet("Ventes")?.grid.slice(1) ?? []) {
      const v = row?.[11]?.value;
      if (typeof v === "number") sum = sum.plus(v);
    }
    expect(sum.toFixed(2)).toBe(g.result.totals.caop.toFixed(2));
    expect(g.result.totals.caop.toFixed(2)).toBe(compute(g.result.table).totals.caop.toFixed(2));
  });

  it("links each month to the salesperson sheet, and says so when no salesperson column is mapped", async () => {
    const wb = workbook();
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    const f5 = g.plan.sheets
      .find((s) => s.key === "dashboard")
      ?.blocks.find((b) => b.row === 5 && b.col === 1)?.cells[0][5];
    expect(isLink(f5 ?? null) && f5).toEqual({
      text: "Voir détail onglet",
      link: { sheet: "CA OP par commercial", cell: "B4" },
    });
    const noSeller = ledgerRows().map((r) => [...r.slice(0, 5), ...r.slice(6)]);
    const g2 = await generateDashboard(workbook(noSeller), {
      settings: settings({ year: 2025 }),
      sheet: "Ventes",
    });
    expect(g2.plan.sheets.map((s) => s.key)).not.toContain("detail:salesperson");
    expect(g2.messages.map((m) => m.code)).toContain("no_salesperson");
  });

  it("builds the detail sheets of the mapped fields, with the segment field as chosen", async () => {
    const wb = workbook();
    const g = await generateDashboard(wb, {
      settings: settings({ year: 2025, segmentField: "product" }),
      sheet: "Ventes",
    });
    const keys = g.plan.sheets.map((s) => `${s.key}=${s.name}`);
    expect(keys).toEqual([
      "data=Ventes",
      "detail:salesperson=CA OP par commercial",
      "detail:segment=CA OP par produit",
      "detail:client=CA OP par client",
      `dashboard=${DASH}`,
    ]);
  });
});
