/**
 * The one format of the workbook's settings (SPEC 9): their JSON in column A of a very hidden sheet
 * (`_caop_settings`), cut in pieces a cell can hold. Excel limits a cell to 32,767 characters
 * ("Total number of characters that a cell can contain", Excel specifications and limits:
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Written and read the same way by the ExcelJS host (CLI), the Office host (task pane), the custom
 * functions and the memory host, so a workbook made by `caop dashboard` opens in Excel with its mapping.
 */

/** Characters per cell: under Excel's 32,767 with room to spare. */
export const SETTINGS_CHUNK = 30_000;

/** The JSON cut in pieces of at most `size` characters, never splitting a surrogate pair. */
export function settingsChunks(json: string, size = SETTINGS_CHUNK): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < json.length) {
    let end = Math.min(json.length, i + size);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(json.slice(i, end));
    i = end;
  }
  return out;
}

/** The JSON back from column A's values (empty and non-text cells skipped); null when there is none. */
export function joinSettingsChunks(cells: readonly unknown[]): string | null {
  const json = cells.filter((c): c is string => typeof c === "string").join("");
  return json === "" ? null : json;
}
