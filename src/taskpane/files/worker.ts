/**
 * The task pane's file worker: reads a file with the CLI's streamed readers and computes it with the
 * engine off the main thread (readPaneFile), then sends the figures and the lines in batches.
 * Loaded by ./client.ts with `new Worker(new URL("./worker.ts", import.meta.url))` (webpack 5 makes
 * it a chunk of its own, without React).
 */
import { packResult } from "./pack";
import type { ComputedSource, ReadRequest, WorkerReply } from "./protocol";
import { ROWS_PER_MESSAGE } from "./protocol";
import { readPaneFile, type FileRead } from "./read";

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
    const read = await readPaneFile(
      req.file,
      { onProgress: (progress) => post({ type: "progress", progress }), compute: req.compute },
      () => Promise.resolve(),
    );
    const { summary, table } = read;
    if (table) {
      for (let i = 0; i < table.rows.length; i += ROWS_PER_MESSAGE) {
        post({ type: "rows", rows: table.rows.slice(i, i + ROWS_PER_MESSAGE) });
      }
    }
    post({ type: "done", summary, headers: table ? table.headers : null, computed: computedSource(read) });
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

/**
 * The source and packed result when the source's rows are exactly the lines sent (header on row 1,
 * every row as wide as the header, no column dropped); else null and the pane computes itself.
 */
function computedSource(read: FileRead): ComputedSource | null {
  const { table, located, result } = read;
  if (!table || !located) return null;
  const t = located.table;
  const width = t.headers.length;
  const same =
    t.firstRow === 2 &&
    t.rows.length === table.rows.length &&
    width === table.headers.length &&
    table.rows.every((r) => r.length === width);
  if (!same) return null;
  return {
    headers: t.headers,
    firstRow: t.firstRow,
    source: t.source,
    layout: located.layout,
    result: result ? packResult(result) : null,
  };
}

scope.onmessage = (e) => void handle(e.data);
