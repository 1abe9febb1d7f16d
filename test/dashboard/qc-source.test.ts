import { generateQc } from "../../src/app/generate";
import { defaultSettings } from "../../src/core/settings";
import { MemoryWorkbook } from "../../src/workbook/memory";

function workbook(): MemoryWorkbook {
  return MemoryWorkbook.fromRows(
    "Ventes",
    ["Date", "Compte", "Libellé", "Montant HT"],
    [
      ["15/01/2025", "706000", "Prestation", "1 200,50"],
      ["20/02/2025", "709000", "Remise", "-50,25"],
      [45672, "706000", "Prestation", 99.9],
    ],
  );
}

describe("QC sheet: source amount and quarter label", () => {
  it("writes Montant source as a number with cents, whatever the source cell held", async () => {
    const wb = workbook();
    const g = await generateQc(wb, "2025-Q1", { settings: defaultSettings(), sheet: "Ventes" });
    const sheet = "Contrôle qualité 2025-T1";
    const bySourceRow = new Map<unknown, number>([
      [2, 1200.5],
      [3, -50.25],
      [4, 99.9],
    ]);
    expect(g.model.sample.length).toBeGreaterThan(0);
    g.model.sample.forEach((_i, k) => {
      const row = wb.cell(sheet, `A${12 + k}`)?.value;
      const amount = wb.cell(sheet, `E${12 + k}`);
      expect(amount?.value).toBe(bySourceRow.get(row));
      expect(amount?.numberFormat).toMatch(/0[.,]00/);
    });
  });

  it("says the quarter as the tab and pane do: 2025-T1 in French, 2025-Q1 in English", async () => {
    const fr = workbook();
    await generateQc(fr, "2025-Q1", { settings: defaultSettings(), sheet: "Ventes", lang: "fr" });
    expect(String(fr.cell("Contrôle qualité 2025-T1", "A1")?.value)).toContain("2025-T1");
    expect(String(fr.cell("Contrôle qualité 2025-T1", "A1")?.value)).not.toContain("Q1");
    const en = workbook();
    await generateQc(en, "2025-Q1", { settings: defaultSettings(), sheet: "Ventes", lang: "en" });
    expect(String(en.cell("Contrôle qualité 2025-T1", "A1")?.value)).toContain("2025-Q1");
  });
});
