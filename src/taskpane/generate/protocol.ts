/** Messages between the task pane and its generation worker (./worker.ts): plain data only (structured clone). */
import type { CellValue } from "../../core/types";
import type { DataLayout } from "../../dashboard/tagging";
import type { WorkbookPlan } from "../../sheet/plan";
import type { EncodedRows } from "./columns";
import type { PackedResult } from "../files/pack";

/**
 * The pane asks: "start" (the job, packed with packValue), its table's rows in "rows" batches, then
 * "run".
 */
export type GenerationRequest =
  { type: "start"; job: unknown } | { type: "rows"; rows: CellValue[][] } | { type: "run" };

/** Where a large block's rows go back: sheet and block indexes in the plan. */
export interface BlockRef {
  sheet: number;
  block: number;
}

/**
 * The worker answers: the rows of the plan's large blocks in "cells" batches (in order), then
 * "done" with the plan (those blocks empty), the model and the result (packed), the located
 * headers and layout; or "error".
 */
export type GenerationReply =
  | { type: "cells"; ref: BlockRef; rows: EncodedRows }
  | {
      type: "done";
      /** Plain data as it is (a plan holds no Decimal): unpacking its cells one by one would block. */
      plan: WorkbookPlan;
      model: unknown;
      result: PackedResult;
      headers: string[];
      layout: DataLayout;
    }
  | { type: "error"; message: string; fr?: string; en?: string; name?: string };

/** Rows per message, both ways: each message is (de)serialised on the main thread in one go. */
export const ROWS_PER_MESSAGE = 5000;
