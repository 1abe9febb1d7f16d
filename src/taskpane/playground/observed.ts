/**
 * The playground's workbook port: the in-memory workbook (src/workbook/memory.ts) with change
 * notifications, so the sheet grids beside the pane re-render after every write. Like the Office
 * host, it reads and writes a large sheet in pieces and gives the browser its thread back between
 * them (the memory workbook alone would hold it for the whole sheet).
 */
import { yieldToUi } from "../../app/yield";
import type { CaopSettings } from "../../core/settings";
import type { CellValue, RawTable } from "../../core/types";
import { parseRange } from "../../sheet/a1";
import type { WorkbookPlan } from "../../sheet/plan";
import { abortError, checkPlan, planCells } from "../../workbook/guard";
import { tableFromGrid } from "../../workbook/grid";
import type { MemoryWorkbook } from "../../workbook/memory";
import { PIECE_ROWS, planPieces, type ClearPiece } from "./pieces";
import type { ApplyOptions, ApplyResult, ReadTableOptions, SheetInfo, WorkbookPort } from "../../sheet/port";

/** Rows read between two pauses (a few milliseconds each). */
const READ_ROWS = 10_000;

/** A WorkbookPort over a MemoryWorkbook that tells listeners when sheets or settings change. */
export class ObservedWorkbook implements WorkbookPort {
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** `pieceRows`: rows of a data sheet written between two pauses. */
  constructor(
    readonly workbook: MemoryWorkbook,
    private readonly pieceRows = PIECE_ROWS,
  ) {}

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** A number that changes with every write (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const fn of this.listeners) fn();
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.workbook.listSheets();
  }

  /** The memory workbook's table; a named sheet of more than READ_ROWS rows is read band by band. */
  async readTable(opts: ReadTableOptions = {}): Promise<RawTable> {
    const s = opts.sheet ? this.workbook.sheet(opts.sheet) : undefined;
    if (!s || s.grid.length <= READ_ROWS) return this.workbook.readTable(opts);
    let width = 1;
    for (const row of s.grid) width = Math.max(width, row?.length ?? 0);
    const r = opts.address
      ? parseRange(opts.address)
      : { r1: 1, c1: 1, r2: Math.max(1, s.grid.length), c2: width };
    const values: CellValue[][] = [];
    const last = Math.min(r.r2, Math.max(r.r1, s.grid.length));
    for (let row = r.r1; row <= last; row++) {
      const cells = s.grid[row - 1];
      const line: CellValue[] = [];
      for (let c = r.c1; c <= r.c2; c++) line.push(cells?.[c - 1]?.value ?? null);
      values.push(line);
      if ((row - r.r1) % READ_ROWS === READ_ROWS - 1) await yieldToUi();
    }
    await yieldToUi(); // the table's own pass over every row is a task of its own
    return tableFromGrid(values, { sheet: s.name, row: r.r1, col: r.c1 });
  }

  /**
   * Applies the plan in pieces (planPieces: a data sheet's tag columns in bands of rows), pausing
   * between them; the whole plan is checked before anything is written, as the memory host does.
   */
  async applyPlan(plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
    try {
      const pieces = planPieces(plan, this.pieceRows);
      if (pieces.length === 1) return await this.workbook.applyPlan(plan, opts);
      checkPlan(plan, await this.listSheets());
      const total = planCells(plan);
      let done = 0;
      const messages: ApplyResult["messages"] = [];
      for (const piece of pieces) {
        if (opts.signal?.aborted) throw abortError();
        if ("clear" in piece) {
          await this.clearOwned(piece.clear);
          continue;
        }
        messages.push(...(await this.workbook.applyPlan(piece.plan, { signal: opts.signal })).messages);
        done += planCells(piece.plan);
        const sheet = piece.plan.sheets[0]?.name ?? "";
        opts.onProgress?.({ done, total, code: "progress_writing", args: { sheet } });
        await yieldToUi();
      }
      return { sheets: plan.sheets.map((p) => ({ key: p.key, name: p.name })), messages };
    } finally {
      this.changed();
    }
  }

  /** Empties a data sheet's owned cells from a row down, as the memory workbook does before tagging, in slices. */
  private async clearOwned(c: ClearPiece): Promise<void> {
    const s = this.workbook.sheet(c.sheet);
    if (!s) return;
    for (let r = c.from; r <= s.grid.length; r++) {
      const row = s.grid[r - 1];
      if (row) for (const col of c.columns) if (row[col - 1]) row[col - 1] = undefined;
      if ((r - c.from) % READ_ROWS === READ_ROWS - 1) await yieldToUi();
    }
  }

  loadSettings(): Promise<CaopSettings> {
    return this.workbook.loadSettings();
  }

  async saveSettings(s: CaopSettings): Promise<void> {
    await this.workbook.saveSettings(s);
    this.changed();
  }
}
