/**
 * Generating the dashboard or the QC sheet from the task pane without freezing it: the workbook is
 * read and written on the main thread through the port (Office.js lives there; the Office host
 * reads and writes in request-sized pieces), the table is located, computed and planned in a Web
 * Worker (./worker.ts, the pure ./job.ts). Same inputs, same result, same plan as
 * generateDashboard / generateQc (src/app/generate.ts); progress and Cancel as before.
 */
import { applyJob, dashboardJob, qcJob, type GenerateOptions, type Generated } from "../../app/generate";
import { cancelled, yieldToUi } from "../../app/yield";
import type { CellValue } from "../../core/types";
import type { DashboardModel } from "../../dashboard/model";
import type { QcModel } from "../../dashboard/qc";
import { findProductBlock, type LocatedTable } from "../../dashboard/tagging";
import type { PlanCell } from "../../sheet/plan";
import type { WorkbookPort } from "../../sheet/port";
import { packValue, unpackResult, unpackValue } from "../files/pack";
import { decodeRows } from "./columns";
import { runJob, type GenerationJob, type JobOutput } from "../../app/job";
import { ROWS_PER_MESSAGE, type GenerationReply, type GenerationRequest } from "./protocol";

/** What the pane needs of a Worker (tests give an in-process one). */
export interface WorkerLike {
  postMessage(m: GenerationRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<GenerationReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** How the task pane generates its sheets (the app's functions, or these over a worker). */
export interface PaneGenerator {
  dashboard(port: WorkbookPort, opts: GenerateOptions): Promise<Generated<DashboardModel>>;
  qc(port: WorkbookPort, quarter: string, opts: GenerateOptions): Promise<Generated<QcModel>>;
}

/** Rows handled between two pauses when the located table is rebuilt on the main thread. */
const STRIP_ROWS = 10_000;

/** An Error carrying the worker's French and English message (errorText shows them). */
function workerError(m: Extract<GenerationReply, { type: "error" }>): Error {
  const e = new Error(m.message);
  if (m.name) e.name = m.name;
  return m.fr !== undefined && m.en !== undefined ? Object.assign(e, { fr: m.fr, en: m.en }) : e;
}

/**
 * The located table's rows, as locateTable strips them (without the product's four columns), built
 * here from the rows already on this thread, with a pause every STRIP_ROWS rows.
 */
async function locatedRows(headers: readonly string[], rows: CellValue[][]): Promise<CellValue[][]> {
  const block = findProductBlock(headers);
  if (block < 0) return rows;
  const keep = headers.map((_h, i) => i).filter((i) => i < block || i >= block + 4);
  const out: CellValue[][] = new Array<CellValue[]>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    out[i] = keep.map((c) => r[c]);
    if (i % STRIP_ROWS === STRIP_ROWS - 1) await yieldToUi();
  }
  return out;
}

/** The job's output from the worker's last message and the blocks' rows sent before it. */
async function assemble(
  job: GenerationJob,
  rows: CellValue[][],
  m: Extract<GenerationReply, { type: "done" }>,
  parts: Map<string, PlanCell[][]>,
): Promise<JobOutput<unknown>> {
  const plan = m.plan;
  for (const [key, cells] of parts) {
    const [sheet, block] = key.split(":").map(Number);
    plan.sheets[sheet].blocks[block].cells = cells;
  }
  const source = { ...job.table, rows };
  const stripped = await locatedRows(job.table.headers, rows);
  const located: LocatedTable = {
    table: stripped === rows ? source : { ...source, headers: m.headers, rows: stripped },
    layout: m.layout,
  };
  const result = unpackResult(m.result, located.table);
  return { located, result, plan, model: unpackValue<unknown>(m.model) };
}

/** Sends the job and its rows, in batches with a pause between them, then asks for the run. */
async function feed(worker: WorkerLike, job: GenerationJob, rows: CellValue[][], signal?: AbortSignal) {
  worker.postMessage({ type: "start", job: packValue(job) });
  for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
    if (signal?.aborted) return;
    worker.postMessage({ type: "rows", rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
    await yieldToUi();
  }
  worker.postMessage({ type: "run" });
}

/** Runs a job in a new worker; on the main thread when none starts or it fails to load. */
function inWorker(
  spawn: () => WorkerLike | null,
  job: GenerationJob,
  rows: CellValue[][],
  signal?: AbortSignal,
): Promise<JobOutput<unknown>> {
  if (signal?.aborted) return Promise.reject(cancelled());
  const worker = spawn();
  if (!worker) return Promise.resolve().then(() => runJob(job, rows));
  return new Promise<JobOutput<unknown>>((resolve, reject) => {
    const parts = new Map<string, PlanCell[][]>();
    let heard = false;
    const stop = (): void => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = (): void => {
      stop();
      reject(cancelled());
    };
    signal?.addEventListener("abort", abort);
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      // A worker that never answered could not load (CSP, old host): do the work here instead.
      if (!heard)
        Promise.resolve()
          .then(() => runJob(job, rows))
          .then(resolve, reject);
      else reject(new Error(e.message || "worker error"));
    };
    worker.onmessage = (e) => {
      heard = true;
      const m = e.data;
      if (m.type === "cells") {
        const key = `${m.ref.sheet}:${m.ref.block}`;
        const cells = parts.get(key) ?? [];
        for (const r of decodeRows(m.rows)) cells.push(r);
        parts.set(key, cells);
      } else if (m.type === "error") {
        stop();
        reject(workerError(m));
      } else {
        stop();
        assemble(job, rows, m, parts).then(resolve, reject);
      }
    };
    feed(worker, job, rows, signal).catch(reject);
  });
}

/** Runs a job off the main thread, then applies its plan through the port (progress and cancel). */
async function finish<M>(
  port: WorkbookPort,
  opts: GenerateOptions,
  spawn: () => WorkerLike | null,
  read: { job: GenerationJob; rows: CellValue[][] },
): Promise<Generated<M>> {
  await yieldToUi();
  const out = await inWorker(spawn, read.job, read.rows, opts.signal);
  if (opts.signal?.aborted) throw cancelled();
  return applyJob(port, opts, read.job, out as JobOutput<M>);
}

/** The pane's generator: the pure work in workers from `spawn` (null from spawn: on the main thread). */
export function workerGenerator(spawn: () => WorkerLike | null): PaneGenerator {
  return {
    async dashboard(port, opts) {
      return finish<DashboardModel>(port, opts, spawn, await dashboardJob(port, opts));
    },
    async qc(port, quarter, opts) {
      return finish<QcModel>(port, opts, spawn, await qcJob(port, quarter, opts));
    },
  };
}
