/**
 * The playground's workbook port: the in-memory workbook (src/workbook/memory.ts) with change
 * notifications, so the sheet grids beside the pane re-render after every write.
 */
import type { CaopSettings } from "../../core/settings";
import type { RawTable } from "../../core/types";
import type { WorkbookPlan } from "../../sheet/plan";
import type { MemoryWorkbook } from "../../workbook/memory";
import type { ApplyOptions, ApplyResult, ReadTableOptions, SheetInfo, WorkbookPort } from "../../sheet/port";

/** A WorkbookPort over a MemoryWorkbook that tells listeners when sheets or settings change. */
export class ObservedWorkbook implements WorkbookPort {
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(readonly workbook: MemoryWorkbook) {}

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

  readTable(opts?: ReadTableOptions): Promise<RawTable> {
    return this.workbook.readTable(opts);
  }

  async applyPlan(plan: WorkbookPlan, opts?: ApplyOptions): Promise<ApplyResult> {
    try {
      return await this.workbook.applyPlan(plan, opts);
    } finally {
      this.changed();
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
