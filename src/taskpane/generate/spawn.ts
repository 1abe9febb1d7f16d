/** Starts the generation worker (apart from ./client.ts: `import.meta` is for the browser bundle only). */
import type { WorkerLike } from "./client";

/** A new generation worker; null where the browser has no Worker or refuses this one. */
export function startGenerationWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./worker.ts", import.meta.url));
  } catch {
    return null;
  }
}
