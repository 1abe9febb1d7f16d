import { defaultSettings } from "../../src/core/settings";
import { generateQc } from "../../src/app/generate";
import { QC_HEADERS, qcModel } from "../../src/dashboard/qc";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { ledgerRows } from "../fixtures/dashboard-ledger";

function workbook(): MemoryWorkbook {
  const rows = ledgerRows();
  return MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
}

describe("QC sheet", () => {
  it("draws a reproducible 5 % sample with every status of the quarter", async () => {
    const wb = workbook();
    const a = await generateQc(wb, "2024-Q3", { settings: defaultSettings(), sheet: "Ventes" });
    const b = qcModel(a.result, "2024-Q3");
    expect(b.sample).toEqual(a.model.sample);
    expect(a.model.sample.length).toBeGreaterThanOrEqual(Math.ceil(a.model.population * 0.05));
    expect(a.model.statuses).toEqual(expect.arrayContaining(["OP", "OP – Remise", "À vérifier"]));
    const name = "Contrôle qualité 2024-T3";
    expect(wb.sheet(name)?.validations[0]).toMatchObject({ list: ["Oui", "Non"] });
    const header = wb.sheet(name)?.grid[10]?.map((c) => c?.value);
    expect(header).toEqual([...QC_HEADERS]);
    expect(wb.cell(name, "D8")?.formula).toBe('=IFERROR(D7/D6,"n/d")');
    expect(wb.cell(name, "D8")?.value).toBe("n/d");
  });

  it("keeps the reviewer's verdicts and comments on regeneration and counts the error rate", async () => {
    const wb = workbook();
    const name = "Contrôle qualité 2024-T3";
    await generateQc(wb, "2024-Q3", { settings: defaultSettings(), sheet: "Ventes" });
    wb.setValue(name, "I12", "Oui");
    wb.setValue(name, "I13", "Non");
    wb.setValue(name, "J13", "remise mal classée");
    const again = await generateQc(wb, "2024-Q3", { settings: defaultSettings(), sheet: "Ventes" });
    expect(wb.cell(name, "I13")?.value).toBe("Non");
    expect(wb.cell(name, "J13")?.value).toBe("remise mal classée");
    expect(again.model.errorRate).toBe(0.5);
    expect(wb.cell(name, "D8")?.value).toBe(0.5);
    expect(wb.sheets.filter((s) => s.name.startsWith("Contrôle"))).toHaveLength(1);
  });

  it("links each sampled line's contribution to the tagged data", async () => {
    const wb = workbook();
    const g = await generateQc(wb, "2025-Q1", { settings: defaultSettings(), sheet: "Ventes" });
    const row = g.result.lines.rowNumber[g.model.sample[0]];
    expect(wb.cell("Contrôle qualité 2025-T1", "F12")?.formula).toBe(`='Ventes'!$L$${row}`);
  });
});

describe("QC sheet dates", () => {
  it("shows each sampled line's date as dd/mm/yyyy, also when the data holds Excel serials", async () => {
    const wb = MemoryWorkbook.fromRows(
      "Ventes",
      ["Date", "Compte", "Libellé", "Montant"],
      [
        [45672, "706000", "Vente", 100],
        ["20/01/2025", "709000", "Remise", 50],
      ],
    );
    await generateQc(wb, "2025-Q1", { settings: defaultSettings(), sheet: "Ventes" });
    const dates = [12, 13].map((r) => wb.cell("Contrôle qualité 2025-T1", `B${r}`)?.value);
    expect(dates).toEqual(["15/01/2025", "20/01/2025"]);
  });
});
