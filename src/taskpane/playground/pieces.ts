/**
 * A plan cut into pieces the in-memory workbook applies one at a time (the playground's port yields
 * between them, as the Office host awaits a sync per request): a large data sheet's owned cells
 * cleared first (a "clear" piece the port does in slices), then its tag columns in bands of rows
 * that clear nothing; every other sheet whole. Applied in order, the pieces give the workbook the
 * whole plan gives.
 */
import { parseRange, range } from "../../sheet/a1";
import {
  emptySheet,
  type CellBlock,
  type FormatOp,
  type SheetPlan,
  type WorkbookPlan,
} from "../../sheet/plan";

/** Rows of a band: about what one request of the Office host writes, a few milliseconds here. */
export const PIECE_ROWS = 5000;

/** An ownedFromRow below every row: nothing to clear. */
const NO_CLEAR = Number.MAX_SAFE_INTEGER;

/** Owned cells of a data sheet to empty, from a row down (what a data sheet's plan does first). */
export interface ClearPiece {
  sheet: string;
  columns: number[];
  from: number;
}

/** One step: owned cells to clear, or a plan to apply. */
export type Piece = { clear: ClearPiece } | { plan: WorkbookPlan };

/** Rows a sheet plan's blocks write. */
function blockRows(p: SheetPlan): number {
  return p.blocks.reduce((n, b) => n + b.cells.length, 0);
}

/** The block's rows inside [from, to), or null. */
function clipBlock(b: CellBlock, from: number, to: number): CellBlock | null {
  const r1 = Math.max(b.row, from);
  const r2 = Math.min(b.row + b.cells.length, to);
  if (r1 >= r2) return null;
  return r1 === b.row && r2 === b.row + b.cells.length
    ? b
    : { row: r1, col: b.col, cells: b.cells.slice(r1 - b.row, r2 - b.row) };
}

/** The format's range inside rows [from, to), or null. */
function clipFormat(f: FormatOp, from: number, to: number): FormatOp | null {
  const r = parseRange(f.range);
  const r1 = Math.max(r.r1, from);
  const r2 = Math.min(r.r2, to - 1);
  if (r1 > r2) return null;
  return r1 === r.r1 && r2 === r.r2 ? f : { ...f, range: range(r1, r.c1, r2, r.c2) };
}

/** A data sheet's plan in bands of `rows` rows: the first keeps everything else the plan sets. */
function dataBands(p: SheetPlan, rows: number): SheetPlan[] {
  const top = Math.min(...p.blocks.map((b) => b.row));
  const bottom = Math.max(...p.blocks.map((b) => b.row + b.cells.length));
  const out: SheetPlan[] = [];
  for (let start = top; start < bottom; start += rows) {
    // The first band reaches up to row 1 and the last one down without end: formats outside the
    // blocks' rows land in one of them.
    const from = start === top ? 1 : start;
    const to = start + rows >= bottom ? Number.MAX_SAFE_INTEGER : start + rows;
    const blocks = p.blocks.map((b) => clipBlock(b, from, to)).filter((b): b is CellBlock => b !== null);
    const formats = p.formats.map((f) => clipFormat(f, from, to)).filter((f): f is FormatOp => f !== null);
    // The owned cells are cleared beforehand (the "clear" piece): no band clears anything.
    if (out.length === 0) out.push({ ...p, ownedFromRow: NO_CLEAR, blocks, formats });
    else {
      out.push({
        ...emptySheet(p.key, p.name, p.role),
        ownedColumns: p.ownedColumns,
        ownedFromRow: NO_CLEAR,
        blocks,
        formats,
      });
    }
  }
  return out;
}

/**
 * The plan as pieces to apply in order: a data sheet with more than `rows` rows of blocks as its
 * clear, then bands; every other sheet whole; the plan's messages on the first plan piece, its
 * activation on the last.
 */
export function planPieces(plan: WorkbookPlan, rows = PIECE_ROWS): Piece[] {
  const large = (p: SheetPlan): boolean => p.role === "data" && p.blocks.length > 0 && blockRows(p) > rows;
  if (!plan.sheets.some(large)) return [{ plan }];
  const steps: (ClearPiece | SheetPlan)[] = [];
  for (const p of plan.sheets) {
    if (!large(p)) steps.push(p);
    else
      steps.push(
        { sheet: p.name, columns: p.ownedColumns ?? [], from: p.ownedFromRow ?? 1 },
        ...dataBands(p, rows),
      );
  }
  const plans = steps.filter((s): s is SheetPlan => "blocks" in s).length;
  let seen = 0;
  return steps.map((s) => {
    if (!("blocks" in s)) return { clear: s };
    seen++;
    return {
      plan: {
        sheets: [s],
        messages: seen === 1 ? plan.messages : [],
        ...(seen === plans && plan.activate !== undefined ? { activate: plan.activate } : {}),
      },
    };
  });
}
