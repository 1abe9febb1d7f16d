/** Issue 13: the dashboard sheet as an accountant reads it (future months, alerts per segment). */
import { generateDashboard } from "../../src/app/generate";
import { stamp } from "../../src/dashboard/dashboard";
import { defaultSettings, type CaopSettings } from "../../src/core/settings";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { ledgerRows } from "../fixtures/dashboard-ledger";

const DASH = "Tableau de bord CA OP";

function settings(patch: Partial<CaopSettings> = {}): CaopSettings {
  return { ...defaultSettings(), ...patch };
}

describe("dashboard sheet: future months", () => {
  it("leaves the months after the latest data blank (zero and n/d hidden), formulas kept live", async () => {
    const rows = ledgerRows();
    const wb = MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
    const g = await generateDashboard(wb, { settings: settings({ year: 2025 }), sheet: "Ventes" });
    const last = g.result.months[g.result.months.length - 1].key;
    const future = g.model.months.map((m, i) => ({ m, row: 5 + i })).filter(({ m }) => m.key > last);
    const past = g.model.months.map((m, i) => ({ m, row: 5 + i })).filter(({ m }) => m.key <= last);
    expect(future.length).toBeGreaterThan(0);
    for (const { row } of future) {
      const b = wb.cell(DASH, `B${row}`);
      expect(b?.formula).toMatch(/^=SUMIFS\(/);
      // Zero section empty: a future month shows nothing, a month whose data arrives shows its figure.
      expect(b?.numberFormat?.split(";")).toHaveLength(3);
      expect(b?.numberFormat?.split(";")[2]).toBe("");
      for (const c of ["C", "D", "H"]) {
        const f = wb.cell(DASH, `${c}${row}`)?.numberFormat?.split(";") ?? [];
        expect(f).toHaveLength(4);
        expect(f[3]).toBe(""); // "n/d" (text) hidden
      }
    }
    for (const { row } of past) expect(wb.cell(DASH, `B${row}`)?.numberFormat?.split(";")[2]).not.toBe("");
  });
});

describe("dashboard sheet: alerts", () => {
  it("lists each segment in alert once, with every month it fell", async () => {
    const rows = ledgerRows();
    const wb = MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
    const alerts = { threshold: -0.01, months: 1 };
    const g = await generateDashboard(wb, { settings: settings({ year: 2025, alerts }), sheet: "Ventes" });
    const keys = g.model.alerts.map((a) => a.key);
    expect(new Set(keys).size).toBeLessThan(keys.length); // the case: a segment alerted twice
    const grid = wb.sheet(DASH)?.grid ?? [];
    const header = grid.findIndex((r) => r?.[1]?.value === "Mois" && r?.[2]?.value === "Var. MoM");
    expect(header).toBeGreaterThan(0);
    const listed: string[] = [];
    for (let r = header + 1; grid[r]?.[0]?.value; r++) listed.push(String(grid[r]?.[0]?.value));
    expect(listed.sort()).toEqual([...new Set(keys)].sort());
  });
});

describe("dashboard sheet: audit date", () => {
  it("writes the generation date as the sheet's language does", () => {
    const d = new Date(2025, 2, 4, 10, 22);
    expect(stamp(d, "fr")).toBe("04/03/2025 10:22");
    expect(stamp(d, "en")).toBe("4 Mar 2025 10:22");
  });
});

describe("the product's data columns", () => {
  it("show Contribution CA OP with cents and Mois CA OP as a month (the value stays the yyyymm key)", async () => {
    const rows = ledgerRows();
    const wb = MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
    await generateDashboard(wb, { settings: settings(), sheet: "Ventes" });
    const header = wb.sheet("Ventes")?.grid[0]?.map((c) => c?.value) ?? [];
    const contribution = header.indexOf("Contribution CA OP") + 1;
    const month = header.indexOf("Mois CA OP") + 1;
    const cell = (c: number) => wb.sheet("Ventes")?.grid[1]?.[c - 1];
    expect(cell(contribution)?.numberFormat).toMatch(/0\.00/);
    expect(typeof cell(month)?.value).toBe("number");
    expect(cell(month)?.numberFormat).toBe('0000"-"00');
  });
});
