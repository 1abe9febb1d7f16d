/** Messages between the task pane and its file worker (./worker.ts): plain data only (structured clone). */
import type { PlanScalar } from "../../sheet/plan";
import type { Progress } from "../../sheet/port";
import type { DataLayout } from "../../dashboard/tagging";
import type { PackedResult } from "./pack";
import type { ComputeRequest, FileSummary } from "./read";

/** The pane asks the worker to read one file (and compute the sheet it will become). */
export interface ReadRequest {
  file: Blob & { name: string };
  compute?: ComputeRequest;
}

/**
 * The pane's source and result, computed in the worker: the table's rows are the lines sent in
 * "rows" messages (sent only when the source's rows are exactly those lines).
 */
export interface ComputedSource {
  headers: string[];
  firstRow: number;
  source: string;
  layout: DataLayout;
  result: PackedResult | null;
}

/** What the worker says: progress, the lines in batches, the figures at the end, or an error. */
export type WorkerReply =
  | { type: "progress"; progress: Progress }
  | { type: "rows"; rows: PlanScalar[][] }
  | { type: "done"; summary: FileSummary; headers: string[] | null; computed: ComputedSource | null }
  | { type: "error"; message: string; fr?: string; en?: string; name?: string };

/** Rows per "rows" message: each message is deserialised on the main thread in one go, keep it short. */
export const ROWS_PER_MESSAGE = 5000;
