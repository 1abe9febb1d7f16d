/**
 * The source step: which sheet (and optionally which range) holds the sales table, and reading it
 * through the workbook port, without the product's own columns.
 */
import type { CaopSettings } from "../../core/settings";
import { readData } from "../../app/generate";
import type { LocatedTable } from "../../dashboard/tagging";
import type { SheetInfo, WorkbookPort } from "../../sheet/port";

/** Where the data is: a sheet and, when the user chose one, a range whose first row is the header. */
export interface SourceChoice {
  sheet: string;
  address?: string;
}

/** Sheets that can hold data: the user's own and the files imported from the pane ("data:1"…), no other product sheet. */
export function dataSheets(sheets: readonly SheetInfo[]): SheetInfo[] {
  return sheets.filter((s) => !s.productKey || s.productKey === "data" || s.productKey.startsWith("data:"));
}

/** The source to open first: the stored one when its sheet still exists, else the first data sheet. */
export function initialSource(settings: CaopSettings, sheets: readonly SheetInfo[]): SourceChoice | null {
  const data = dataSheets(sheets);
  const stored = settings.source;
  if (stored && data.some((s) => s.name.toLowerCase() === stored.sheet.toLowerCase())) {
    return stored.address ? { sheet: stored.sheet, address: stored.address } : { sheet: stored.sheet };
  }
  return data[0] ? { sheet: data[0].name } : null;
}

/** Settings pointing at a source (what is stored once the user confirms the mapping). */
export function withSource(settings: CaopSettings, choice: SourceChoice): CaopSettings {
  return { ...settings, source: choice.address ? { ...choice } : { sheet: choice.sheet } };
}

/** Reads the chosen table through the port: the engine's table (product columns dropped) and its layout. */
export async function loadSource(
  port: WorkbookPort,
  settings: CaopSettings,
  choice: SourceChoice,
  sheets: readonly SheetInfo[],
): Promise<LocatedTable> {
  return readData(port, withSource(settings, choice), sheets);
}
