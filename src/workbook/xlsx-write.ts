/**
 * Writing a sheet plan into an ExcelJS worksheet: cells, formats, layout, rules, notes and print
 * setup. Shared by the in-memory host (XlsxHost) and the streaming one (StreamXlsxHost), whose data
 * sheet goes row by row through the same per-cell functions. Strings are always text cells.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/types";
import { parseRange, qualified } from "../sheet/a1";
import { isFormula, isLink, type PlanCell, type PlanStyle, type SheetPlan } from "../sheet/plan";
import { dateToSerial } from "./readers/xlsx";

/** An ExcelJS value from a table cell (errors as error values, the rest as is). */
export function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (typeof v === "object" && v !== null && !(v instanceof Date))
    return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** A table cell from an ExcelJS value: dates as serials (like Office.js), formulas as their result. */
export function fromExcel(v: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as { result?: ExcelJS.CellValue }).result;
    return r === undefined ? null : fromExcel(r, date1904);
  }
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : "";
  return null;
}

/**
 * Writes one plan cell: a formula (with the engine's value as cached result when `cacheValues`), a
 * link as a HYPERLINK formula, or a plain value.
 */
export function setPlanCell(cell: ExcelJS.Cell, c: PlanCell, cacheValues: boolean): void {
  if (isFormula(c)) {
    const formula = c.formula.startsWith("=") ? c.formula.slice(1) : c.formula;
    cell.value = (
      cacheValues && c.value !== undefined ? { formula, result: c.value } : { formula }
    ) as ExcelJS.CellFormulaValue;
  } else if (isLink(c)) {
    // A HYPERLINK formula, not a cell hyperlink: ExcelJS writes internal cell links as external
    // relationships (exceljs issues #749, #3027); HYPERLINK("#Sheet!A1") works in Excel and LibreOffice.
    const target = `#${qualified(c.link.sheet, c.link.cell)}`.replace(/"/g, '""');
    cell.value = {
      formula: `HYPERLINK("${target}","${c.text.replace(/"/g, '""')}")`,
      result: c.text,
    } as ExcelJS.CellFormulaValue;
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  } else cell.value = c;
}

/**
 * Writes a whole sheet plan into a worksheet whose rows are all still writable (`withOptions`: the
 * sheet was created with sheetOptions(p)).
 */
export function writeSheet(
  ws: ExcelJS.Worksheet,
  p: SheetPlan,
  cacheValues: boolean,
  withOptions = false,
): void {
  for (const b of p.blocks) {
    for (let i = 0; i < b.cells.length; i++) {
      const row = ws.getRow(b.row + i);
      const cells = b.cells[i];
      for (let j = 0; j < cells.length; j++) setPlanCell(row.getCell(b.col + j), cells[j], cacheValues);
    }
  }
  const styles = new StyleCache();
  for (const f of p.formats) {
    const r = parseRange(f.range);
    for (let row = r.r1; row <= r.r2; row++) {
      const wr = ws.getRow(row);
      for (let c = r.c1; c <= r.c2; c++) {
        const cell = wr.getCell(c);
        if (f.numberFormat) cell.numFmt = f.numberFormat;
        if (f.style) styles.apply(cell, f.style);
      }
    }
  }
  for (const m of p.merges) ws.mergeCells(m);
  for (const h of p.rowHeights) ws.getRow(h.row).height = h.height;
  for (const r of p.hiddenRows) ws.getRow(r).hidden = true;
  for (const v of p.validations) {
    const r = parseRange(v.range);
    for (let row = r.r1; row <= r.r2; row++) {
      for (let c = r.c1; c <= r.c2; c++) ws.getCell(row, c).dataValidation = listValidation(v);
    }
  }
  for (const n of p.notes) ws.getCell(n.cell).note = n.text;
  writeSheetLevel(ws, p, withOptions);
}

/** The list validation (drop-down) of a plan's validation. */
export function listValidation(v: SheetPlan["validations"][number]): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${v.list.join(",")}"`],
    showInputMessage: v.prompt !== undefined,
    prompt: v.prompt,
    showErrorMessage: true,
    error: `Valeurs possibles : ${v.list.join(", ")}`,
  };
}

/**
 * Frozen panes, tab colour and print setup of a plan: options of a new worksheet (a streaming
 * worksheet writes them first, before any row).
 */
export function sheetOptions(p: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const out: Partial<ExcelJS.AddWorksheetOptions> = {};
  if (p.freeze) out.views = [{ state: "frozen", xSplit: p.freeze.cols, ySplit: p.freeze.rows }];
  if (p.tabColor) out.properties = { tabColor: { argb: argb(p.tabColor) } };
  if (p.print) {
    out.pageSetup = {
      orientation: p.print.orientation,
      fitToPage: true,
      fitToWidth: p.print.fitToWidth,
      fitToHeight: p.print.fitToHeight,
      paperSize: 9,
      printArea: p.print.printArea,
      printTitlesRow: p.print.printTitleRows,
    };
  }
  return out;
}

/**
 * What a plan sets on the sheet rather than on cells: column widths, conditional formats and, unless
 * the sheet was created with them (`withOptions`, see sheetOptions), frozen panes, print setup and tab colour.
 */
export function writeSheetLevel(ws: ExcelJS.Worksheet, p: SheetPlan, withOptions = false): void {
  for (const c of p.columns) {
    const col = ws.getColumn(c.col);
    if (c.width !== undefined) col.width = c.width;
    if (c.hidden !== undefined) col.hidden = c.hidden;
  }
  p.conditionalFormats.forEach((cf, k) => {
    const style = dxf(cf.style);
    const rule: ExcelJS.ConditionalFormattingRule =
      cf.rule.type === "cellIs"
        ? {
            type: "cellIs",
            operator: cf.rule.operator,
            formulae: cf.rule.values.map(String),
            style,
            priority: k + 1,
          }
        : { type: "expression", formulae: [cf.rule.formula], style, priority: k + 1 };
    ws.addConditionalFormatting({ ref: cf.range, rules: [rule] });
  });
  if (withOptions) return;
  const o = sheetOptions(p);
  if (o.views) ws.views = o.views;
  if (o.pageSetup) ws.pageSetup = { ...ws.pageSetup, ...o.pageSetup };
  if (o.properties?.tabColor) ws.properties.tabColor = o.properties.tabColor;
}

function argb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}

/** Conditional-format style (differential format) of a plan style. */
function dxf(s: PlanStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.bold || s.fontColor || s.italic) {
    out.font = {
      bold: s.bold,
      italic: s.italic,
      color: s.fontColor ? { argb: argb(s.fontColor) } : undefined,
    };
  }
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } };
  return out;
}

/** Applies plan styles to cells, merging with what the cell has. */
export class StyleCache {
  /** Sets the style's font, fill, alignment and borders on a cell, over what it already has. */
  apply(cell: ExcelJS.Cell, s: PlanStyle): void {
    if (s.bold !== undefined || s.italic !== undefined || s.fontColor || s.fontSize) {
      cell.font = {
        ...cell.font,
        ...(s.bold !== undefined ? { bold: s.bold } : {}),
        ...(s.italic !== undefined ? { italic: s.italic } : {}),
        ...(s.fontSize ? { size: s.fontSize } : {}),
        ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
      };
    }
    if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.hAlign || s.vAlign || s.wrap !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(s.hAlign ? { horizontal: s.hAlign } : {}),
        ...(s.vAlign ? { vertical: s.vAlign } : {}),
        ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      };
    }
    if (s.border) {
      const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
      const b: Partial<ExcelJS.Borders> = { ...cell.border };
      for (const side of s.border) b[side] = thin;
      cell.border = b;
    }
  }
}
