/**
 * The task pane's file worker: reads a file with the CLI's streamed readers and computes it with the
 * engine off the main thread (readPaneFile), then sends the figures and the lines in batches.
 * Loaded by ./client.ts with `new Worker(new URL("./worker.ts", import.meta.url))` (webpack 5 makes
 * it a chunk of its own, without React).
 */
import type { ReadRequest, WorkerReply } from "./protocol";
import { ROWS_PER_MESSAGE } from "./protocol";
import { readPaneFile } from "./read";

/** The worker's global scope, as much of it as this file uses. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const post = (m: WorkerReply): void => scope.postMessage(m);

/** Reads the file of a request and replies; every failure becomes an "error" reply. */
async function handle(req: ReadRequest): Promise<void> {
  try {
    const { summary, table } = await readPaneFile(
      req.file,
      { onProgress: (progress) => post({ type: "progress", progress }) },
      () => Promise.resolve(),
    );
    if (table) {
      for (let i = 0; i < table.rows.length; i += ROWS_PER_MESSAGE) {
        post({ type: "rows", rows: table.rows.slice(i, i + ROWS_PER_MESSAGE) });
      }
    }
    post({ type: "done", summary, headers: table ? table.headers : null });
  } catch (e) {
    const own = e as { fr?: unknown; en?: unknown; name?: unknown };
    post({
      type: "error",
      message: e instanceof Error ? e.message : String(e),
      ...(typeof own?.fr === "string" && typeof own.en === "string" ? { fr: own.fr, en: own.en } : {}),
      ...(typeof own?.name === "string" ? { name: own.name } : {}),
    });
  }
}

scope.onmessage = (e) => void handle(e.data);
