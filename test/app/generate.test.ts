import { generateDashboard } from "../../src/app/generate";
import { DEFAULT_RULES } from "../../src/core/rules";
import { defaultSettings } from "../../src/core/settings";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { ledgerRows } from "../fixtures/dashboard-ledger";

describe("generateDashboard", () => {
  it("says so when the workbook's stored rule set is invalid, and uses the built-in rules", async () => {
    const rows = ledgerRows();
    const wb = MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
    const ref = MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
    wb.settingsJson = JSON.stringify({
      ...defaultSettings(),
      year: 2025,
      rules: { ...DEFAULT_RULES, accounts: "?" },
    });
    const g = await generateDashboard(wb, { sheet: "Ventes" });
    const r = await generateDashboard(ref, {
      settings: { ...defaultSettings(), year: 2025 },
      sheet: "Ventes",
    });
    expect(g.messages.filter((m) => m.code === "rules_invalid")).toEqual([
      expect.objectContaining({ level: "warning", en: expect.stringContaining("default rules used") }),
    ]);
    expect(r.messages.some((m) => m.code === "rules_invalid")).toBe(false);
    expect(g.result.totals.caop.toFixed(2)).toBe(r.result.totals.caop.toFixed(2));
  });
});
