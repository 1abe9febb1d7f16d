/**
 * Giving the browser back its main thread between chunks of work, so that the task pane keeps
 * painting and answering clicks (the Cancel button) during long operations.
 */

/** Resolves on a later task (scheduler.yield where the browser has it, else a 0 ms timeout). */
export function yieldToUi(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched && typeof sched.yield === "function") return sched.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** An Error named AbortError, what fetch and the ports throw when an operation is cancelled. */
export function cancelled(): Error {
  const e = new Error("opération annulée");
  e.name = "AbortError";
  return e;
}

/** True for the error a cancelled operation throws. */
export function isCancel(e: unknown): boolean {
  return e instanceof Error && e.name === "AbortError";
}
