/**
 * Safety rules every host applies before writing a plan: a product sheet only replaces a sheet
 * that carries the same product mark; a data sheet only receives cells in the product's own
 * columns. A plan breaking them is refused as a whole, before anything is written.
 */
import type { SheetPlan, WorkbookPlan } from "../sheet/plan";
import type { SheetInfo } from "../sheet/port";

/** What a host does with one sheet of a plan. */
export type SheetAction = { plan: SheetPlan; action: "create" | "replace" | "tag" };

/** The refusal of a plan, with a message in French and English. */
export class PlanRefused extends Error {
  readonly fr: string;
  readonly en: string;
  constructor(fr: string, en: string) {
    super(fr);
    this.name = "PlanRefused";
    this.fr = fr;
    this.en = en;
  }
}

/** Checks a plan against the workbook's sheets and says what to do with each sheet; throws PlanRefused. */
export function checkPlan(plan: WorkbookPlan, sheets: readonly SheetInfo[]): SheetAction[] {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  return plan.sheets.map((p) => {
    const existing = byName.get(p.name.toLowerCase());
    if (p.role === "data") {
      if (!existing)
        throw new PlanRefused(
          `feuille de données « ${p.name} » introuvable`,
          `data sheet "${p.name}" not found`,
        );
      const owned = new Set(p.ownedColumns ?? []);
      for (const b of p.blocks) {
        const width = b.cells.reduce((w, r) => Math.max(w, r.length), 0);
        for (let c = b.col; c < b.col + width; c++) {
          if (!owned.has(c)) {
            throw new PlanRefused(
              `écriture refusée dans la colonne ${c} de « ${p.name} » : seules les colonnes de CA OP peuvent être écrites`,
              `write refused in column ${c} of "${p.name}": only CA OP's own columns may be written`,
            );
          }
        }
      }
      return { plan: p, action: "tag" };
    }
    if (!existing) return { plan: p, action: "create" };
    if (existing.productKey !== p.key) {
      throw new PlanRefused(
        `la feuille « ${p.name} » n'a pas été créée par CA OP : elle ne sera pas remplacée`,
        `sheet "${p.name}" was not created by CA OP: it will not be replaced`,
      );
    }
    return { plan: p, action: "replace" };
  });
}

/** Number of cells a plan writes (for progress and chunking). */
export function planCells(plan: WorkbookPlan): number {
  let n = 0;
  for (const s of plan.sheets) n += sheetCells(s);
  return n;
}

/** Number of cells one sheet's plan writes (progress after each sheet). */
export function sheetCells(sheet: SheetPlan): number {
  let n = 0;
  for (const b of sheet.blocks) for (const r of b.cells) n += r.length;
  return n;
}

/** An Error named AbortError (what fetch and DOM APIs throw on cancel). */
export function abortError(): Error {
  const e = new Error("opération annulée");
  e.name = "AbortError";
  return e;
}
