/**
 * The product's own columns beside the user's data (SPEC 5): `OP` (status), `Motif` (reason in
 * words), `Contribution CA OP` (the line's signed contribution to CA OP, 0 when it does not count)
 * and `Mois CA OP` (the line's month as a yyyymm number, the key the dashboard's SUMIFS match).
 * Four columns, always side by side, found again by their headers; nothing else of the data is
 * ever written.
 */
import Decimal from "decimal.js";
import {
  LINE_NOT_REVENUE,
  LINE_UNUSABLE,
  lineClassification,
  lineContribution,
  lineCounts,
} from "../core/engine";
import type { EngineResult } from "../core/engine";
import { kindLabel, scopeLabel } from "../core/labels";
import type { CellValue, Diagnostic, Lang, RawTable } from "../core/types";
import { fill, messages } from "../i18n";
import { colLetter, parseRange, qualified, range, splitQualified } from "../sheet/a1";
import { COLORS, MONTH_KEY_FORMAT, centsFormat } from "./formats";
import { emptySheet, type PlanCell, type SheetPlan } from "../sheet/plan";

/** Headers of the product's columns, in order. */
export const PRODUCT_HEADERS = ["OP", "Motif", "Contribution CA OP", "Mois CA OP"] as const;

/** Index (0-based) of the product's 4-column block in a header row, or -1. */
export function findProductBlock(headers: readonly string[]): number {
  const norm = (s: string | undefined): string => (s ?? "").trim().toLowerCase();
  for (let i = 0; i + PRODUCT_HEADERS.length <= headers.length; i++) {
    if (PRODUCT_HEADERS.every((h, k) => norm(headers[i + k]) === h.toLowerCase())) return i;
  }
  return -1;
}

/** Where a table sits in its sheet and where the product's columns go. All numbers are 1-based sheet positions. */
export interface DataLayout {
  sheet: string;
  headerRow: number;
  /** Sheet column of each column of the (product-free) table. */
  columns: number[];
  firstRow: number;
  lastRow: number;
  /** Sheet columns of OP, Motif, Contribution CA OP, Mois CA OP. */
  op: number;
  motif: number;
  contribution: number;
  month: number;
}

/** A table without the product's columns (so they never feed the engine back), and where it sits. */
export interface LocatedTable {
  table: RawTable;
  layout: DataLayout;
}

/**
 * Removes the product's block from a table read from a sheet and works out the layout: the table's
 * origin comes from its source ("Ventes!B3:H90") when it has one, else A1 with the header on the row
 * above firstRow. The product's columns reuse their block, or go right after the last column.
 */
export function locateTable(table: RawTable, sheet: string): LocatedTable {
  const src = splitQualified(table.source);
  let firstCol = 1;
  if (src.sheet !== undefined) {
    try {
      firstCol = parseRange(src.address).c1;
    } catch {
      firstCol = 1;
    }
  }
  const block = findProductBlock(table.headers);
  const keep = table.headers.map((_h, i) => i).filter((i) => block < 0 || i < block || i >= block + 4);
  const stripped: RawTable =
    block < 0
      ? table
      : {
          ...table,
          headers: keep.map((i) => table.headers[i]),
          rows: table.rows.map((r) => keep.map((i) => r[i])),
        };
  const numbers = table.rowNumbers;
  // Loops, not Math.min(...numbers): a spread of a million row numbers overflows the call stack.
  const firstRow = numbers && numbers.length > 0 ? numbers.reduce((a, b) => Math.min(a, b)) : table.firstRow;
  const lastRow =
    numbers && numbers.length > 0
      ? numbers.reduce((a, b) => Math.max(a, b))
      : table.firstRow + Math.max(0, table.rows.length - 1);
  const start = block >= 0 ? firstCol + block : firstCol + table.headers.length;
  return {
    table: stripped,
    layout: {
      sheet,
      headerRow: table.firstRow - 1,
      columns: keep.map((i) => firstCol + i),
      firstRow,
      lastRow: Math.max(firstRow, lastRow),
      op: start,
      motif: start + 1,
      contribution: start + 2,
      month: start + 3,
    },
  };
}

/** Ranges of the tagged data the formulas read: contribution, month key, and any data column. */
export interface DataRefs {
  contribution: string;
  month: string;
  /** Absolute range of a table column (0-based index in the engine's table). */
  column(index: number): string;
  /** Absolute single cell of a table column on a sheet row. */
  cell(index: number | "contribution" | "month", row: number): string;
}

/** Formula references to the tagged data of a layout ('Ventes'!$K$2:$K$685…). */
export function dataRefs(layout: DataLayout): DataRefs {
  const col = (c: number): string =>
    qualified(layout.sheet, range(layout.firstRow, c, layout.lastRow, c, true));
  return {
    contribution: col(layout.contribution),
    month: col(layout.month),
    column: (i) => col(layout.columns[i]),
    cell: (i, row) => {
      const c = i === "contribution" ? layout.contribution : i === "month" ? layout.month : layout.columns[i];
      return qualified(layout.sheet, `$${colLetter(c)}$${row}`);
    },
  };
}

/** Status text of the OP column for line i, in a language (default fr). */
export function lineStatus(result: EngineResult, i: number, lang: Lang = "fr"): string {
  const t = messages(lang).tagging;
  const s = result.lines.scope[i];
  if (s === LINE_NOT_REVENUE) return t.notRevenue;
  const cls = lineClassification(result, i);
  if (s === LINE_UNUSABLE || !cls) return isBlankRow(result.table.rows[i]) ? "" : t.ignored;
  if (cls.scope === "to_review") return result.strict ? t.toReviewExcluded : t.toReview;
  if (cls.scope !== "op") return fill(t.excluded, { scope: scopeLabel(cls.scope, lang) });
  return cls.kind === "sale" ? "OP" : fill(t.opKind, { kind: kindLabel(cls.kind, lang) });
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return (
    !row || row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""))
  );
}

/** Reason in words of line i (the classifier's reason, or why the line was left out), in a language. */
export function lineReason(
  result: EngineResult,
  i: number,
  byRow: ReadonlyMap<number, Diagnostic>,
  lang: Lang = "fr",
): string {
  const s = result.lines.scope[i];
  if (s === LINE_NOT_REVENUE) return messages(lang).tagging.notRevenueReason;
  const cls = lineClassification(result, i);
  if (cls) return cls.reason[lang];
  const d = byRow.get(result.lines.rowNumber[i]);
  return (lang === "fr" ? d?.message : d?.messageEn) ?? "";
}

/** First diagnostic of each row (for the Motif of ignored lines). */
export function diagnosticsByRow(result: EngineResult): Map<number, Diagnostic> {
  const m = new Map<number, Diagnostic>();
  for (const d of result.diagnostics) if (d.row > 0 && !m.has(d.row)) m.set(d.row, d);
  return m;
}

/** The contribution written in the data for line i: its exact contribution when it counts, else 0; null when not a revenue line. */
export function taggedContribution(result: EngineResult, i: number): Decimal | null {
  if (!lineClassification(result, i)) return null;
  return lineCounts(result, i) ? lineContribution(result, i) : new Decimal(0);
}

/**
 * taggedContribution(result, i)?.toNumber() without a Decimal per line: a line in integer cents c
 * (|c| ≤ 2^53) gives c / 100, the double nearest c/100 as Decimal.toNumber gives it; lines with
 * more decimals, or beyond, go through their Decimal.
 */
export function taggedNumber(result: EngineResult, i: number): number | null {
  if (!lineClassification(result, i)) return null;
  if (!lineCounts(result, i)) return 0;
  const c = result.lines.cents[i];
  if (Number.isSafeInteger(c) && !result.lines.exact.has(i)) return c / 100;
  return lineContribution(result, i).toNumber();
}

/**
 * Status texts of a tagging run: lineStatus, worked out once per classification (it depends on
 * nothing else for a line that has one), per line otherwise.
 */
function statusCache(result: EngineResult, lang: Lang): (i: number) => string {
  const byClass = new Map<number, string>();
  return (i) => {
    const s = result.lines.scope[i];
    const c = result.lines.classification[i];
    if (s === LINE_NOT_REVENUE || s === LINE_UNUSABLE || !lineClassification(result, i))
      return lineStatus(result, i, lang);
    let text = byClass.get(c);
    if (text === undefined) {
      text = lineStatus(result, i, lang);
      byClass.set(c, text);
    }
    return text;
  };
}

/**
 * The tagging plan of a data sheet: headers and values of the product's four columns for every
 * line, nothing else. The host clears stale tags below (ownedFromRow) and refuses other cells.
 */
export function taggingSheet(
  result: EngineResult,
  layout: DataLayout,
  key = "data",
  lang: Lang = "fr",
): SheetPlan {
  const sheet = emptySheet(key, layout.sheet, "data");
  sheet.ownedColumns = [layout.op, layout.motif, layout.contribution, layout.month];
  sheet.ownedFromRow = layout.headerRow;
  const byRow = diagnosticsByRow(result);
  const height = layout.lastRow - layout.firstRow + 1;
  const cells: PlanCell[][] = Array.from({ length: height }, () => [null, null, null, null]);
  const { lines } = result;
  const status = statusCache(result, lang);
  for (let i = 0; i < lines.count; i++) {
    const r = lines.rowNumber[i] - layout.firstRow;
    if (r < 0 || r >= height) continue;
    const contribution = taggedNumber(result, i);
    const period = lines.period[i];
    cells[r] = [
      status(i) || null,
      lineReason(result, i, byRow, lang) || null,
      contribution,
      contribution === null || period < 0 ? null : period,
    ];
  }
  sheet.blocks.push({ row: layout.headerRow, col: layout.op, cells: [[...PRODUCT_HEADERS]] });
  sheet.blocks.push({ row: layout.firstRow, col: layout.op, cells });
  const head = range(layout.headerRow, layout.op, layout.headerRow, layout.month);
  sheet.formats.push({
    range: head,
    style: { bold: true, fill: COLORS.sectionFill, fontColor: COLORS.title },
  });
  const body = (c: number): string => range(layout.firstRow, c, layout.lastRow, c);
  sheet.formats.push({ range: body(layout.contribution), numberFormat: centsFormat(result.currency) });
  // The month key 202503 reads "2025-03"; the value stays the key the dashboard's SUMIFS match.
  sheet.formats.push({ range: body(layout.month), numberFormat: MONTH_KEY_FORMAT });
  sheet.columns.push(
    { col: layout.op, width: 16 },
    { col: layout.motif, width: 40 },
    { col: layout.contribution, width: 18 },
    { col: layout.month, width: 11 },
  );
  sheet.notes.push({
    cell: `${colLetter(layout.op)}${layout.headerRow}`,
    text: messages(lang).tagging.note,
  });
  return sheet;
}
