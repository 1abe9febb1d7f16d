/**
 * The task pane's file reader for browsers: the work runs in a Web Worker (./worker.ts) so that the
 * pane keeps painting and answering Cancel while a large file is read and computed; where Worker is
 * missing or the worker cannot start, the same work runs on the main thread in chunks.
 */
import type { PlanScalar } from "../../sheet/plan";
import { cancelled } from "../../app/yield";
import type { RawTable } from "../../core/types";
import { unpackResult } from "./pack";
import type { ReadRequest, WorkerReply } from "./protocol";
import type { FileRead, FileReadOptions, PaneFile, PaneFileReader } from "./read";

/** The main-thread reader, loaded on demand (its readers and ExcelJS stay out of the pane's bundle). */
async function onMainThread(file: PaneFile, opts: FileReadOptions): Promise<FileRead> {
  const { readOnMainThread } = await import("./read");
  return readOnMainThread(file, opts);
}

/** An Error carrying the worker's French and English message (errorText shows them). */
function workerError(m: Extract<WorkerReply, { type: "error" }>): Error {
  const e = new Error(m.message);
  if (m.name) e.name = m.name;
  return m.fr !== undefined && m.en !== undefined ? Object.assign(e, { fr: m.fr, en: m.en }) : e;
}

/** What the worker's last message says: the figures, the lines, and the source with its result. */
function fileRead(m: Extract<WorkerReply, { type: "done" }>, rows: PlanScalar[][]): FileRead {
  const table = m.headers ? { headers: m.headers, rows } : null;
  const c = m.computed;
  if (!table || !c) return { summary: m.summary, table };
  const source: RawTable = { headers: c.headers, rows, firstRow: c.firstRow, source: c.source };
  return {
    summary: m.summary,
    table,
    located: { table: source, layout: c.layout },
    result: c.result ? unpackResult(c.result, source) : null,
  };
}

/** Starts the file worker; null where the browser has no Worker or refuses this one. */
function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./worker.ts", import.meta.url));
  } catch {
    return null;
  }
}

/** Reads one file in a new worker; falls back to the main thread when the worker fails to load. */
function readInWorker(worker: Worker, file: PaneFile, opts: FileReadOptions): Promise<FileRead> {
  return new Promise<FileRead>((resolve, reject) => {
    const rows: PlanScalar[][] = [];
    let heard = false;
    const stop = (): void => {
      worker.terminate();
      opts.signal?.removeEventListener("abort", abort);
    };
    const abort = (): void => {
      stop();
      reject(cancelled());
    };
    opts.signal?.addEventListener("abort", abort);
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      // A worker that never answered could not load (CSP, old host): do the work here instead.
      if (!heard) onMainThread(file, opts).then(resolve, reject);
      else reject(new Error(e.message || "worker error"));
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      heard = true;
      const m = e.data;
      if (m.type === "progress") opts.onProgress?.(m.progress);
      else if (m.type === "rows") for (const r of m.rows) rows.push(r);
      else if (m.type === "error") {
        stop();
        reject(workerError(m));
      } else {
        stop();
        resolve(fileRead(m, rows));
      }
    };
    const req: ReadRequest = { file: file as Blob & { name: string }, compute: opts.compute };
    worker.postMessage(req);
  });
}

/** The pane's reader: in a worker when the browser can start one, else on the main thread. */
export const browserFileReader: PaneFileReader = (file, opts) => {
  if (opts.signal?.aborted) return Promise.reject(cancelled());
  const worker = startWorker();
  return worker ? readInWorker(worker, file, opts) : onMainThread(file, opts);
};
