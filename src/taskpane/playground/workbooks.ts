/**
 * Workbooks the playground opens: the bundled French sample, a large generated ledger (performance
 * runs: ?sample=large&lines=100000) and, in xlsx.ts, a file the user picks.
 */
import { MemoryWorkbook } from "../../workbook/memory";
import { largeSampleRows, SAMPLE_HEADERS, SAMPLE_SHEET, sampleRows } from "./sample";

/** Excel's short French date format, set on the sample's date column so the grid shows dates. */
export const DATE_FORMAT = "dd/mm/yyyy";

/** A workbook holding the given rows under the sample's headers, dates formatted as dates. */
function workbookOf(rows: ReturnType<typeof sampleRows>): MemoryWorkbook {
  const wb = MemoryWorkbook.fromRows(SAMPLE_SHEET, SAMPLE_HEADERS, rows);
  const sheet = wb.sheets[0];
  for (let r = 1; r < sheet.grid.length; r++) {
    const cell = sheet.grid[r]?.[0];
    if (cell) cell.numberFormat = DATE_FORMAT;
  }
  return wb;
}

/** The bundled sample: 15 months of a French furniture and textile maker's sales. */
export function sampleWorkbook(): MemoryWorkbook {
  return workbookOf(sampleRows());
}

/** A large regular ledger of `lines` rows (performance runs). */
export function largeWorkbook(lines: number): MemoryWorkbook {
  return workbookOf(largeSampleRows(lines));
}
