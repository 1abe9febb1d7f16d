/**
 * Jest global teardown: stops the build process if it is still running (a run filtered or stopped
 * before the suites that wait on it), so that nothing outlives `npm test`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readRunManifest } from "./bundles";

/** Jest calls this once per run, after every suite. */
export default function globalTeardown(): void {
  const dir = process.env.CAOP_TEST_BUILD_DIR;
  if (!dir) return;
  const { pid } = readRunManifest(dir);
  if (pid === null || existsSync(join(dir, "done"))) return; // finished: its pid may be another's now
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // already finished
  }
}
