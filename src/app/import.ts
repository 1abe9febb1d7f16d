/**
 * Importing a file's lines as a new sheet of the workbook (the task pane's "open a file"): the
 * dashboard's formulas need the lines in a sheet. The sheet gets a fresh name (never a sheet that
 * exists) and is written in slices through the port, like the tagging: no request grows past Excel
 * on the web's ~5 MB (the host splits each slice further), the pane shows the rows written and can
 * cancel between slices.
 */
import { emptySheet, type PlanMessage, type PlanScalar, type SheetPlan } from "../sheet/plan";
import { colLetter } from "../sheet/a1";
import { resolveSheetName } from "../sheet/names";
import type { Progress, SheetInfo, WorkbookPort } from "../sheet/port";
import { cancelled, yieldToUi } from "./yield";

/** Excel's sheet size (rows and columns). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Columns the product adds beside the data (OP, Motif, Contribution CA OP, Mois CA OP). */
export const PRODUCT_COLUMN_COUNT = 4;
/** Rows written per slice (one host call each). */
export const IMPORT_SLICE_ROWS = 5000;

/** A table ready to be written: header row and data rows of plain cells. */
export interface ImportTable {
  headers: string[];
  rows: PlanScalar[][];
}

/** Why a table cannot be a sheet (more rows or columns than Excel holds beside the product's columns); null when it fits. */
export function importLimit(lines: number, columns: number): { maxRows: number; maxColumns: number } | null {
  const maxRows = EXCEL_MAX_ROWS - 1;
  const maxColumns = EXCEL_MAX_COLUMNS - PRODUCT_COLUMN_COUNT;
  return lines > maxRows || columns > maxColumns ? { maxRows, maxColumns } : null;
}

/** A product key no sheet carries yet ("data:1", "data:2"…): each import is its own sheet. */
export function importKey(sheets: readonly SheetInfo[]): string {
  let n = 1;
  const used = new Set(sheets.map((s) => s.productKey));
  while (used.has(`data:${n}`)) n++;
  return `data:${n}`;
}

/** The sheet an import will write: a fresh product key and a name no sheet has (clash said in messages). */
export interface ImportTarget {
  key: string;
  name: string;
  messages: PlanMessage[];
}

/** Chooses the new sheet of an import, named after `wanted` (or "wanted (2)"… when taken). */
export function importTarget(sheets: readonly SheetInfo[], wanted: string): ImportTarget {
  const messages: PlanMessage[] = [];
  const key = importKey(sheets);
  return { key, name: resolveSheetName(key, wanted, sheets, new Set(), messages), messages };
}

/** Options of importTable. */
export interface ImportOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  sliceRows?: number;
  /** The sheet chosen beforehand (importTarget on the same sheet list); default: chosen here. */
  target?: ImportTarget;
}

/** The first slice's sheet: created with the header row in bold, frozen, and the first rows. */
function firstSheet(key: string, name: string, t: ImportTable, rows: PlanScalar[][]): SheetPlan {
  const sheet = emptySheet(key, name, "product");
  sheet.blocks.push({ row: 1, col: 1, cells: [t.headers, ...rows] });
  if (t.headers.length > 0) {
    sheet.formats.push({ range: `A1:${colLetter(t.headers.length)}1`, style: { bold: true } });
  }
  sheet.freeze = { rows: 1, cols: 0 };
  sheet.columns = t.headers.map((_h, i) => ({ col: i + 1, width: 14 }));
  return sheet;
}

/**
 * Writes the table as a new sheet named after `wanted` (or "wanted (2)"… when taken), header on
 * row 1; returns the sheet's name and the plan messages (a name clash). The first slice creates the
 * sheet, the next ones write their rows as the sheet's own columns.
 */
export async function importTable(
  port: WorkbookPort,
  table: ImportTable,
  wanted: string,
  opts: ImportOptions = {},
): Promise<{ sheet: string; messages: PlanMessage[] }> {
  const { key, name, messages } = opts.target ?? importTarget(await port.listSheets(), wanted);
  const size = Math.max(1, opts.sliceRows ?? IMPORT_SLICE_ROWS);
  const total = table.rows.length;
  const owned = table.headers.map((_h, i) => i + 1);
  for (let from = 0; from === 0 || from < total; from += size) {
    if (opts.signal?.aborted) throw cancelled();
    const rows = table.rows.slice(from, from + size);
    let sheet: SheetPlan;
    if (from === 0) sheet = firstSheet(key, name, table, rows);
    else {
      sheet = emptySheet(key, name, "data");
      sheet.ownedColumns = owned;
      sheet.ownedFromRow = from + 2;
      sheet.blocks.push({ row: from + 2, col: 1, cells: rows });
    }
    await port.applyPlan({ sheets: [sheet], messages: [] }, { signal: opts.signal });
    opts.onProgress?.({
      done: Math.min(total, from + rows.length),
      total,
      code: "progress_importing",
      args: { sheet: name },
    });
    await yieldToUi();
  }
  return { sheet: name, messages };
}
