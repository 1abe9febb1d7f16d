/**
 * The ONE port between the product and a workbook. The task pane, the ribbon command and the CLI
 * talk to a workbook only through this interface; hosts implement it: memory (tests, browser
 * playground), xlsx (ExcelJS files, CLI) and office (Office.js in Excel).
 */
import type { CaopSettings } from "../core/settings";
import type { RawTable } from "../core/types";
import type { PlanMessage, WorkbookPlan } from "./plan";

/** A sheet of the workbook and, when the product created it, its product key ("dashboard", "detail:segment"…). */
export interface SheetInfo {
  name: string;
  productKey?: string;
}

/** Which table to read: a sheet (default: the first one / active one) and optionally a range ("A1:H5000"). */
export interface ReadTableOptions {
  sheet?: string;
  /** A1 address inside the sheet; its first row is the header row. Default: the sheet's used range. */
  address?: string;
}

/** Catalogue codes of progress steps (src/i18n). */
export type ProgressCode =
  "progress_writing" | "progress_tagging" | "progress_reading" | "progress_importing";

/** Progress of a long operation, for a progress bar. */
export interface Progress {
  done: number;
  total: number;
  /** What is being done: a catalogue code the pane renders in its language ("progress_writing"). */
  code: ProgressCode;
  /** Its arguments ({ sheet: "Tableau de bord CA OP" }). */
  args: Readonly<Record<string, string | number>>;
}

/** Options of applyPlan: progress callback and cancellation. */
export interface ApplyOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** What a host did with a plan: the sheets written and what it could not render (e.g. charts in files). */
export interface ApplyResult {
  sheets: { key: string; name: string }[];
  messages: PlanMessage[];
}

/** The workbook as the product sees it. */
export interface WorkbookPort {
  /** Sheets in tab order, with the product's marks. */
  listSheets(): Promise<SheetInfo[]>;
  /** A table with its header row (row numbers are the sheet's own). */
  readTable(opts?: ReadTableOptions): Promise<RawTable>;
  /**
   * Applies a plan (checked first: a plan that would overwrite a user's sheet or data cells is refused
   * before anything is written); throws an Error named AbortError when cancelled (checked between
   * sheets and between request chunks).
   */
  applyPlan(plan: WorkbookPlan, opts?: ApplyOptions): Promise<ApplyResult>;
  /** Settings stored in the workbook (defaults when none). */
  loadSettings(): Promise<CaopSettings>;
  saveSettings(s: CaopSettings): Promise<void>;
}
