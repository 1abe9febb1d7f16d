/**
 * Test helper: compares every formula cell of a plan with the value LibreOffice computed for it in
 * the recalculated file (money to the cent, percentages and rates within 1e-9, texts exactly).
 */
import ExcelJS from "exceljs";
import { parseRange } from "../../src/sheet/a1";
import { PERCENT_FORMAT, RATE_FORMAT } from "../../src/dashboard/formats";
import { isFormula, type WorkbookPlan } from "../../src/sheet/plan";

export interface Mismatch {
  sheet: string;
  cell: string;
  formula: string;
  expected: number | string;
  actual: unknown;
}

/** Every formula cell of the plan against the recalculated workbook; returns the count checked and the mismatches. */
export async function compareFormulas(
  plan: WorkbookPlan,
  recalculated: string,
): Promise<{ checked: number; mismatches: Mismatch[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const sheet of plan.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) throw new Error(`feuille absente après recalcul : ${sheet.name}`);
    const percent = new Set<string>();
    for (const f of sheet.formats) {
      if (f.numberFormat !== PERCENT_FORMAT && f.numberFormat !== RATE_FORMAT) continue;
      const r = parseRange(f.range);
      for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) percent.add(`${row},${c}`);
    }
    for (const b of sheet.blocks) {
      b.cells.forEach((cells, i) =>
        cells.forEach((c, j) => {
          if (!isFormula(c) || c.value === undefined) return;
          const row = b.row + i;
          const col = b.col + j;
          const cell = ws.getCell(row, col);
          const actual: unknown = cell.result;
          checked++;
          const expected = c.value;
          let ok: boolean;
          if (typeof expected === "string") ok = actual === expected;
          else if (typeof actual !== "number") ok = false;
          else ok = Math.abs(actual - expected) <= (percent.has(`${row},${col}`) ? 1e-9 : 0.005);
          if (!ok)
            mismatches.push({ sheet: sheet.name, cell: cell.address, formula: c.formula, expected, actual });
        }),
      );
    }
  }
  return { checked, mismatches };
}
