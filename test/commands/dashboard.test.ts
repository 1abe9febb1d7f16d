import { defaultSettings } from "../../src/core/settings";
import type { I18nText } from "../../src/core/types";
import { hasStoredSettings, NEEDS_SETUP, runDashboardCommand } from "../../src/commands/dashboard";
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
  it("says what is missing and which button opens the pane when the workbook has no settings, and writes nothing", async () => {
    const wb = sample();
    const shown: I18nText[] = [];
    const outcome = await runDashboardCommand({ port: wb, tell: async (m) => void shown.push(m) });
    expect(outcome).toBe("needs_setup");
    expect(shown).toEqual([NEEDS_SETUP]);
    expect(shown[0].fr).toContain("« Volet CA OP »");
    expect(shown[0].en).toContain('"CA OP pane"');
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
    const shown: I18nText[] = [];
    const outcome = await runDashboardCommand({ port: wb, tell: async (m) => void shown.push(m) });
    expect(outcome).toBe("generated");
    expect(shown).toHaveLength(0);
    const dash = (await wb.listSheets()).find((s) => s.productKey === "dashboard");
    expect(dash?.name).toBe("Tableau de bord CA OP");
    // The stored fiscal year is used (the data's latest would be 2025).
    expect(wb.cell(dash?.name ?? "", "A1")?.value).toBe("Tableau de bord CA OP — exercice 2024");
    // Regenerating refreshes the same sheet, never a duplicate.
    await runDashboardCommand({ port: wb, tell: async () => undefined });
    expect((await wb.listSheets()).filter((s) => s.productKey === "dashboard")).toHaveLength(1);
  });

  it("shows the failure with its reason and logs it, never throwing", async () => {
    const wb = sample();
    await wb.saveSettings({
      ...defaultSettings(),
      source: { sheet: "Ventes" },
      mapping: { amount: "Montant HT" },
    });
    const logs: string[] = [];
    const shown: I18nText[] = [];
    const outcome = await runDashboardCommand({
      port: wb,
      tell: async (m) => void shown.push(m),
      generate: async () => {
        throw new Error("colonne introuvable");
      },
      log: (m) => logs.push(m),
    });
    expect(outcome).toBe("failed");
    expect(shown).toHaveLength(1);
    expect(shown[0].fr).toContain("colonne introuvable");
    expect(logs[0]).toContain("colonne introuvable");
  });

  it("logs when even the message cannot be shown, never throwing", async () => {
    const logs: string[] = [];
    const outcome = await runDashboardCommand({
      port: sample(),
      tell: async () => {
        throw new Error("dialog blocked");
      },
      log: (m) => logs.push(m),
    });
    expect(outcome).toBe("needs_setup");
    expect(logs.join("\n")).toContain("dialog blocked");
  });
});
