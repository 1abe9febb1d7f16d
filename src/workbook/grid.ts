/**
 * A 2-D block of cell values read from a sheet, turned into the engine's RawTable: the header is the
 * first row naming a date and an amount (else the first row), trailing blank rows and columns are dropped, row numbers are the sheet's own.
 */
import { cellText, isBlank } from "../core/cells";
import { headerRowOf, titleRows, twoRowHeader } from "../core/header";
import type { CellValue, RawTable } from "../core/types";
import { creditTitle } from "../core/engine/evidence/repeated-headers";
import { colLetter } from "../sheet/a1";
import { twoRowHeaderNote } from "./readers/read-diagnostics";
import { withSheetDays } from "./readers/sheet-days";

/** Where a grid was read from: sheet and its top-left cell (1-based). */
export interface GridOrigin {
  sheet: string;
  row: number;
  col: number;
}

/** The RawTable of a grid whose first row holds the headers; source is "Sheet!A1:H90". */
export function tableFromGrid(values: readonly (readonly CellValue[])[], origin: GridOrigin): RawTable {
  let height = values.length;
  while (height > 0 && (values[height - 1] ?? []).every(isBlank)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = values[r];
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  // A title or notes above the header: the header is the first row naming a date and an amount.
  const top = headerRowOf(values.slice(0, height));
  const headerRow = values[top] ?? [];
  // A header on two rows (merged "Montant" over "Débit | Crédit"): the row below names the columns.
  const sub = top + 1 < height ? twoRowHeader(headerRow, values[top + 1]) : null;
  const headers = Array.from({ length: width }, (_x, c) => sub?.[c] ?? cellText(headerRow[c]).trim());
  const rows: CellValue[][] = [];
  for (let r = top + (sub ? 2 : 1); r < height; r++) {
    const src = values[r];
    const row: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = src[c] ?? null;
    rows.push(row);
  }
  const lastRow = origin.row + Math.max(height, 1) - 1;
  const lastCol = origin.col + Math.max(width, 1) - 1;
  const table: RawTable = {
    headers,
    rows,
    firstRow: origin.row + top + (sub ? 2 : 1),
    source: `${origin.sheet}!${colLetter(origin.col)}${origin.row + top}:${colLetter(lastCol)}${lastRow}`,
  };
  if (sub) table.readDiagnostics = [twoRowHeaderNote(headerRow, sub, origin.row + top)];
  const credit = creditTitleOf(origin.sheet, values.slice(0, top));
  if (credit !== undefined) table.creditTitle = credit;
  const titles = titleRows(values.slice(0, top));
  if (titles.length > 0) table.titles = titles;
  // A month's sheet ("Janvier 2025") whose date column holds the day alone: read as the CLI reads it.
  return withSheetDays(table, origin.sheet);
}

/**
 * The title naming a table's lines credit notes (RawTable.creditTitle): its sheet's name ("Avoirs")
 * or a title row above its header ("Avoirs janvier 2025"); undefined when none does. Every reader
 * (add-in, workbook hosts, CLI) takes it from here, so they read the same sheet alike.
 */
export function creditTitleOf(sheet: string, above: readonly (readonly CellValue[])[]): string | undefined {
  const titles = above.map((row) =>
    row
      .filter((v) => !isBlank(v))
      .map((v) => cellText(v).trim())
      .join(" "),
  );
  return [sheet, ...titles].find(creditTitle);
}
