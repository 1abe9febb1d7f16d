/**
 * The task pane's generation worker: locates, computes and plans the dashboard or the QC sheet off
 * the main thread (./serve.ts). Loaded by ./spawn.ts with `new Worker(new URL("./worker.ts",
 * import.meta.url))` (webpack 5 makes it a chunk of its own, without React).
 */
import type { GenerationReply, GenerationRequest } from "./protocol";
import { generationServer } from "./serve";

/** The worker's global scope, as much of it as this file uses. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<GenerationRequest>) => void) | null;
  postMessage(m: GenerationReply): void;
}

const scope = self as unknown as WorkerScope;
const handle = generationServer((m) => scope.postMessage(m));
scope.onmessage = (e) => handle(e.data);
