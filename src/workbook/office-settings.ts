/**
 * The workbook's settings through Office.js, in the one format every host shares (very hidden sheet
 * `_caop_settings`, JSON in column A: src/sheet/settings-cells.ts). Used by the Office host (task
 * pane) and by the custom functions (same shared runtime). Add-in settings
 * (`Office.context.document.settings`, `Workbook.settings`) belong to one install of the add-in and
 * are invisible to ExcelJS and to a colleague's install: they now keep only UI preferences, and the
 * settings older versions saved there are moved once into the sheet.
 *
 * APIs: `WorksheetCollection.getItemOrNullObject` (ExcelApi 1.4), `Worksheet.visibility` =
 * `Excel.SheetVisibility.veryHidden` (ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility),
 * `Workbook.settings` / `SettingCollection.getItemOrNullObject` (ExcelApi 1.4,
 * https://learn.microsoft.com/javascript/api/excel/excel.settingcollection).
 */
import { SHEET_NAMES } from "../sheet/names";
import { joinSettingsChunks, settingsChunks } from "../sheet/settings-cells";

/** The very hidden sheet holding the settings. */
export const SETTINGS_SHEET = SHEET_NAMES.settings;

/** Key under which versions before the shared format kept the settings, in the add-in's settings. */
export const LEGACY_SETTINGS_KEY = "caop.settings";

/** The settings JSON in the very hidden sheet, null when the sheet is absent or empty. */
async function readSheetJson(ctx: Excel.RequestContext): Promise<string | null> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await ctx.sync();
  if (ws.isNullObject) return null;
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values");
  await ctx.sync();
  if (used.isNullObject) return null;
  return joinSettingsChunks(used.values.map((row) => row[0]));
}

/** The settings an older version saved in the add-in's settings, null when none. */
async function readLegacyJson(ctx: Excel.RequestContext): Promise<string | null> {
  const item = ctx.workbook.settings.getItemOrNullObject(LEGACY_SETTINGS_KEY);
  item.load("value");
  await ctx.sync();
  if (item.isNullObject || item.value === null || item.value === undefined) return null;
  return typeof item.value === "string" ? item.value : JSON.stringify(item.value);
}

/**
 * Queues the settings JSON into the very hidden sheet (created when missing), quote-prefixed so a
 * piece starting with "=" or "+" never becomes a formula. The caller syncs.
 */
export function queueSettingsJson(ctx: Excel.RequestContext, json: string, exists: boolean): void {
  const wss = ctx.workbook.worksheets;
  const ws = exists ? wss.getItem(SETTINGS_SHEET) : wss.add(SETTINGS_SHEET);
  ws.visibility = "VeryHidden";
  ws.getRange("A:A").clear("Contents");
  const pieces = settingsChunks(json);
  if (pieces.length === 0) return;
  ws.getRangeByIndexes(0, 0, pieces.length, 1).values = pieces.map((p) => ["'" + p]);
}

/**
 * The workbook's settings JSON (null: none saved). A workbook whose settings are still in the
 * add-in's settings has them moved into the sheet once (legacy key deleted), when `migrate`.
 */
export async function readSettingsJson(ctx: Excel.RequestContext, migrate: boolean): Promise<string | null> {
  const json = await readSheetJson(ctx);
  if (json !== null) return json;
  const legacy = await readLegacyJson(ctx).catch(() => null);
  if (legacy === null || !migrate) return legacy;
  await writeSettingsJson(ctx, legacy);
  return legacy;
}

/** Saves the settings JSON in the very hidden sheet and forgets any copy in the add-in's settings. */
export async function writeSettingsJson(ctx: Excel.RequestContext, json: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const legacy = ctx.workbook.settings.getItemOrNullObject(LEGACY_SETTINGS_KEY);
  await ctx.sync();
  queueSettingsJson(ctx, json, !ws.isNullObject);
  if (!legacy.isNullObject) legacy.delete();
  await ctx.sync();
}
