/**
 * Names of the product's sheets and how a clash with a user's sheet is resolved: a sheet the product
 * created is found again by its mark (even renamed); a user's sheet with the wanted name is never
 * overwritten, the product takes "Nom (2)", "Nom (3)"… and says so.
 */
import { formatBoth } from "../i18n";
import type { SheetInfo } from "./port";
import type { PlanMessage } from "./plan";

/** Default names of the product's sheets, by key prefix (French, the product's UI language). */
export const SHEET_NAMES = {
  dashboard: "Tableau de bord CA OP",
  data: "Données CA OP",
  settings: "_caop_settings",
} as const;

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** Characters Excel forbids in sheet names. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/** A valid sheet name from any text: forbidden characters replaced, trimmed to 31 characters. */
export function cleanSheetName(name: string): string {
  const s = name
    .replace(FORBIDDEN, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (s || "Feuille").slice(0, MAX_SHEET_NAME);
}

/** The QC sheet name of a quarter: "2025-Q1" → "Contrôle qualité 2025-T1". */
export function qcSheetName(quarter: string): string {
  return cleanSheetName(`Contrôle qualité ${quarter.replace(/Q/i, "T")}`);
}

/**
 * Chooses the sheet name for a product key. Reuses the sheet carrying that key (even renamed);
 * else the wanted name when free; else "wanted (2)", "(3)"… with a warning message.
 * `taken` is updated with the chosen name so several keys of one plan never collide.
 */
export function resolveSheetName(
  key: string,
  wanted: string,
  sheets: readonly SheetInfo[],
  taken: Set<string>,
  messages: PlanMessage[],
): string {
  const mine = sheets.find((s) => s.productKey === key);
  if (mine) {
    taken.add(mine.name.toLowerCase());
    return mine.name;
  }
  const base = cleanSheetName(wanted);
  const used = (n: string): boolean =>
    taken.has(n.toLowerCase()) || sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
  let name = base;
  for (let k = 2; used(name); k++) {
    const suffix = ` (${k})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  if (name !== base) {
    messages.push({
      level: "warning",
      code: "sheet_name_clash",
      ...formatBoth("sheet_name_clash", { base, name }),
    });
  }
  taken.add(name.toLowerCase());
  return name;
}

/** The defined name that marks a product sheet: "_CAOP.detail.segment" for key "detail:segment". */
export function markName(key: string): string {
  return "_CAOP." + key.replace(/:/g, ".").replace(/-/g, "_");
}

/** The product key of a mark name, or undefined for any other defined name. */
export function keyOfMark(name: string): string | undefined {
  if (!name.startsWith("_CAOP.")) return undefined;
  const k = name.slice("_CAOP.".length);
  const dot = k.indexOf(".");
  // The first dot separates the kind from its argument ("qc.2025_Q1" → "qc:2025-Q1").
  return dot < 0 ? k : `${k.slice(0, dot)}:${k.slice(dot + 1).replace(/_/g, "-")}`;
}
