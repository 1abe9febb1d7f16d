/**
 * Sheets in the pane's language: an English generation writes English headers, labels and audit
 * block on the dashboard and the QC sheet with exactly the French formulas; the product's four data
 * headers stay the same; a French-written dashboard regenerated in English is found again by its
 * mark and keeps the user's Objectif values, and QC verdicts survive the switch too.
 */
import { generateDashboard, generateQc } from "../../src/app/generate";
import { defaultSettings, type CaopSettings } from "../../src/core/settings";
import { PRODUCT_HEADERS } from "../../src/dashboard/tagging";
import { CATALOGUES } from "../../src/i18n";
import { isFormula, type SheetPlan, type WorkbookPlan } from "../../src/sheet/plan";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { ledgerRows } from "../fixtures/dashboard-ledger";

const DASH = "Tableau de bord CA OP";
const QC = "Contrôle qualité 2024-T3";
const settings = (): CaopSettings => ({ ...defaultSettings(), year: 2025 });

function workbook(): MemoryWorkbook {
  const rows = ledgerRows();
  return MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
}

/** Every formula of a sheet plan with the cell it is written to. */
function formulasOf(sheet: SheetPlan): string[] {
  return sheet.blocks.flatMap((b) =>
    b.cells.flatMap((row, r) =>
      row.flatMap((c, k) => (isFormula(c) ? [`${b.row + r},${b.col + k}: ${c.formula}`] : [])),
    ),
  );
}

/** Formulas of every sheet of a plan, by sheet key. */
function formulas(plan: WorkbookPlan): Record<string, string[]> {
  return Object.fromEntries(plan.sheets.map((s) => [s.key, formulasOf(s)]));
}

/** Every text written on a sheet of the memory workbook. */
function texts(wb: MemoryWorkbook, name: string): string[] {
  return (wb.sheet(name)?.grid ?? []).flatMap((row) =>
    (row ?? []).flatMap((c) => (typeof c?.value === "string" ? [c.value] : [])),
  );
}

describe("sheets in the pane's language", () => {
  it("writes the dashboard in English with the same formulas as in French", async () => {
    const fr = workbook();
    const en = workbook();
    const f = await generateDashboard(fr, { settings: settings(), sheet: "Ventes", lang: "fr" });
    const e = await generateDashboard(en, { settings: settings(), sheet: "Ventes", lang: "en" });
    expect(formulas(e.plan)).toEqual(formulas(f.plan));
    expect(Object.keys(formulas(e.plan)).length).toBeGreaterThan(2);
    const t = CATALOGUES.en.dashboard;
    const headers = ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => en.cell(DASH, `${c}4`)?.value);
    expect(headers).toEqual([...t.headers]);
    expect(headers).toContain("Target");
    expect(en.cell(DASH, "A1")?.value).toBe("CA OP dashboard — fiscal year 2025");
    expect(en.cell(DASH, "A5")?.value).toBe("Jan 2025");
    expect(en.cell(DASH, "A17")?.value).toBe("Year to date");
    const words = texts(en, DASH);
    for (const label of ["Audit", "Generated on", "Lines counted", "Rule set", "Exclusions (all periods)"]) {
      expect(words).toContain(label);
    }
    expect(words.some((w) => w.startsWith("Alerts: "))).toBe(true);
    expect(words.join("\n")).not.toMatch(/Cumul à date|Généré le|Lignes prises en compte|Alertes/);
    // Same sheet names (found by their marks, linked by name), same four product headers in the data.
    expect(e.plan.sheets.map((s) => s.name)).toEqual(f.plan.sheets.map((s) => s.name));
    const head = (wb: MemoryWorkbook): unknown[] =>
      (wb.sheet("Ventes")?.grid[0] ?? []).slice(-4).map((c) => c?.value);
    expect(head(en)).toEqual([...PRODUCT_HEADERS]);
    expect(head(fr)).toEqual([...PRODUCT_HEADERS]);
    // The status words of the OP column follow the language.
    expect(texts(en, "Ventes")).toContain("OP – Discount");
    expect(texts(fr, "Ventes")).toContain("OP – Remise");
  });

  it("writes the QC sheet in English with the same formulas and the same Oui/Non verdicts", async () => {
    const fr = workbook();
    const en = workbook();
    const f = await generateQc(fr, "2024-Q3", { settings: defaultSettings(), sheet: "Ventes", lang: "fr" });
    const e = await generateQc(en, "2024-Q3", { settings: defaultSettings(), sheet: "Ventes", lang: "en" });
    expect(formulas(e.plan)).toEqual(formulas(f.plan));
    expect(e.model.sample).toEqual(f.model.sample);
    const t = CATALOGUES.en.qc;
    expect(en.sheet(QC)?.grid[10]?.map((c) => c?.value)).toEqual([...t.headers]);
    expect(["A4", "A5", "A6", "A7", "A8", "A9"].map((a) => en.cell(QC, a)?.value)).toEqual([...t.summary]);
    expect(en.cell(QC, "A1")?.value).toBe("CA OP quality control — 2024-Q3");
    expect(en.sheet(QC)?.validations[0]).toMatchObject({ list: ["Oui", "Non"], prompt: t.prompt });
    expect(e.model.statuses).toEqual(expect.arrayContaining(["OP", "OP – Discount", "To review"]));
  });

  it("regenerates a French-written dashboard from an English pane: same sheet, Objectif kept", async () => {
    const wb = workbook();
    await generateDashboard(wb, { settings: settings(), sheet: "Ventes", lang: "fr" });
    wb.setValue(DASH, "G5", 300000);
    wb.setValue(DASH, "G6", "250 000,00 €");
    const g = await generateDashboard(wb, { settings: settings(), sheet: "Ventes", lang: "en" });
    expect(wb.cell(DASH, "G4")?.value).toBe("Target");
    expect(wb.cell(DASH, "G5")?.value).toBe(300000);
    expect(wb.cell(DASH, "G6")?.value).toBe(250000);
    expect(g.model.months[0].objective).toBe(300000);
    expect(g.messages.some((m) => m.code === "sheet_name_clash")).toBe(false);
    expect(wb.sheets.filter((s) => s.productKey === "dashboard").map((s) => s.name)).toEqual([DASH]);
    // And back to French: the English headers are read too.
    await generateDashboard(wb, { settings: settings(), sheet: "Ventes", lang: "fr" });
    expect(wb.cell(DASH, "G4")?.value).toBe("Objectif");
    expect(wb.cell(DASH, "G5")?.value).toBe(300000);
    expect(wb.sheets.map((s) => s.name).filter((n) => n.includes("(2)"))).toEqual([]);
  });

  it("keeps the reviewer's verdicts when the QC sheet is regenerated in the other language", async () => {
    const wb = workbook();
    await generateQc(wb, "2024-Q3", { settings: defaultSettings(), sheet: "Ventes", lang: "en" });
    wb.setValue(QC, "I12", "Oui");
    wb.setValue(QC, "I13", "Non");
    wb.setValue(QC, "J13", "wrong kind");
    const again = await generateQc(wb, "2024-Q3", {
      settings: defaultSettings(),
      sheet: "Ventes",
      lang: "fr",
    });
    expect(wb.cell(QC, "J13")?.value).toBe("wrong kind");
    expect(again.model.errorRate).toBe(0.5);
    expect(wb.cell(QC, "I11")?.value).toBe("Conforme ?");
  });
});
