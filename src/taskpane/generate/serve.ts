/**
 * The generation worker's side of the protocol, apart from the worker's global scope so tests can
 * drive it: gathers the job and its rows, runs it (./job.ts), and answers with the plan's large
 * blocks in batches, then the rest.
 */
import type { CellValue } from "../../core/types";
import type { WorkbookPlan } from "../../sheet/plan";
import { packResult, packValue, unpackValue } from "../files/pack";
import { encodeRows } from "./columns";
import { runJob, type GenerationJob, type JobOutput } from "../../app/job";
import { ROWS_PER_MESSAGE, type GenerationReply, type GenerationRequest } from "./protocol";

/** The reply for any failure: its message, its French and English texts and its name when it has them. */
export function errorReply(e: unknown): GenerationReply {
  const own = e as { fr?: unknown; en?: unknown; name?: unknown } | null;
  return {
    type: "error",
    message: e instanceof Error ? e.message : String(e),
    ...(typeof own?.fr === "string" && typeof own.en === "string" ? { fr: own.fr, en: own.en } : {}),
    ...(typeof own?.name === "string" ? { name: own.name } : {}),
  };
}

/** Sends the plan's large blocks in batches and returns the plan with those blocks emptied. */
function sendLargeBlocks(plan: WorkbookPlan, post: (m: GenerationReply) => void): WorkbookPlan {
  const sheets = plan.sheets.map((s, sheet) => ({
    ...s,
    blocks: s.blocks.map((b, block) => {
      if (b.cells.length <= ROWS_PER_MESSAGE) return b;
      for (let i = 0; i < b.cells.length; i += ROWS_PER_MESSAGE) {
        const rows = encodeRows(b.cells.slice(i, i + ROWS_PER_MESSAGE));
        post({ type: "cells", ref: { sheet, block }, rows });
      }
      return { ...b, cells: [] };
    }),
  }));
  return { ...plan, sheets };
}

/** Posts a job's output: the large blocks, then the plan, model and result. */
function reply(out: JobOutput<unknown>, post: (m: GenerationReply) => void): void {
  const plan = sendLargeBlocks(out.plan, post);
  post({
    type: "done",
    plan,
    model: packValue(out.model),
    result: packResult(out.result),
    headers: out.located.table.headers,
    layout: out.located.layout,
  });
}

/** A handler of the pane's requests that answers through `post`. */
export function generationServer(post: (m: GenerationReply) => void): (m: GenerationRequest) => void {
  let job: GenerationJob | null = null;
  let rows: CellValue[][] = [];
  return (m) => {
    if (m.type === "start") {
      job = unpackValue<GenerationJob>(m.job);
      rows = [];
    } else if (m.type === "rows") {
      for (const r of m.rows) rows.push(r);
    } else {
      try {
        if (!job) throw new Error("no generation job");
        reply(runJob(job, rows), post);
      } catch (e) {
        post(errorReply(e));
      }
    }
  };
}
