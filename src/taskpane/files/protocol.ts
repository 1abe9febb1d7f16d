/** Messages between the task pane and its file worker (./worker.ts): plain data only (structured clone). */
import type { PlanScalar } from "../../sheet/plan";
import type { Progress } from "../../sheet/port";
import type { FileSummary } from "./read";

/** The pane asks the worker to read one file. */
export interface ReadRequest {
  file: Blob & { name: string };
}

/** What the worker says: progress, the lines in batches, the figures at the end, or an error. */
export type WorkerReply =
  | { type: "progress"; progress: Progress }
  | { type: "rows"; rows: PlanScalar[][] }
  | { type: "done"; summary: FileSummary; headers: string[] | null }
  | { type: "error"; message: string; fr?: string; en?: string; name?: string };

/** Rows per "rows" message: each message is deserialised on the main thread in one go, keep it short. */
export const ROWS_PER_MESSAGE = 5000;
