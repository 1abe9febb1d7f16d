import { defaultSettings } from "../../src/core/settings";
import { hasStoredSettings, runDashboardCommand } from "../../src/commands/dashboard";
import { SAMPLE_HEADERS, SAMPLE_SHEET, sampleRows } from "../../src/taskpane/playground/sample";
import { MemoryWorkbook } from "../../src/workbook/memory";

function sample(): MemoryWorkbook {
  return MemoryWorkbook.fromRows(SAMPLE_SHEET, SAMPLE_HEADERS, sampleRows());
}

describe("hasStoredSettings", () => {
  it("is false for a workbook never set up, true once a mapping or a source is stored", () => {
    expect(hasStoredSettings(defaultSettings())).toBe(false);
    expect(hasStoredSettings({ ...defaultSettings(), mapping: { amount: "Montant HT" } })).toBe(true);
    expect(hasStoredSettings({ ...defaultSettings(), source: { sheet: "Ventes" } })).toBe(true);
  });
});

describe("ribbon command generateDashboard", () => {
  it("opens the task pane when the workbook has no settings, and writes nothing", async () => {
    const wb = sample();
    const shown: number[] = [];
    const outcome = await runDashboardCommand({ port: wb, showTaskpane: async () => void shown.push(1) });
    expect(outcome).toBe("needs_setup");
    expect(shown).toHaveLength(1);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Ventes"]);
  });

  it("generates the dashboard with the stored settings without opening the pane", async () => {
    const wb = sample();
    await wb.saveSettings({
      ...defaultSettings(),
      source: { sheet: "Ventes" },
      mapping: { amount: "Montant HT", date: "Date pièce" },
      year: 2024,
    });
    const shown: number[] = [];
    const outcome = await runDashboardCommand({ port: wb, showTaskpane: async () => void shown.push(1) });
    expect(outcome).toBe("generated");
    expect(shown).toHaveLength(0);
    const dash = (await wb.listSheets()).find((s) => s.productKey === "dashboard");
    expect(dash?.name).toBe("Tableau de bord CA OP");
    // The stored fiscal year is used (the data's latest would be 2025).
    expect(wb.cell(dash?.name ?? "", "A1")?.value).toBe("Tableau de bord CA OP — exercice 2024");
    // Regenerating refreshes the same sheet, never a duplicate.
    await runDashboardCommand({ port: wb, showTaskpane: async () => undefined });
    expect((await wb.listSheets()).filter((s) => s.productKey === "dashboard")).toHaveLength(1);
  });

  it("opens the pane and logs when generation fails, never throwing", async () => {
    const wb = sample();
    await wb.saveSettings({
      ...defaultSettings(),
      source: { sheet: "Ventes" },
      mapping: { amount: "Montant HT" },
    });
    const logs: string[] = [];
    const shown: number[] = [];
    const outcome = await runDashboardCommand({
      port: wb,
      showTaskpane: async () => void shown.push(1),
      generate: async () => {
        throw new Error("colonne introuvable");
      },
      log: (m) => logs.push(m),
    });
    expect(outcome).toBe("failed");
    expect(shown).toHaveLength(1);
    expect(logs[0]).toContain("colonne introuvable");
  });
});
