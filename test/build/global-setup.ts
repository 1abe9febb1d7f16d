/**
 * Jest global setup: starts, once per run, the builds the selected suites need (builds.json; the
 * sequencer says which) in one background Node process writing into a fresh run directory under
 * test-output/build/. Suites that need a bundle wait for its result file (bundles.ts) and run last;
 * the others run meanwhile. The directory is passed to every worker in CAOP_TEST_BUILD_DIR.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import builds from "./builds.json";
import { BUILD_ROOT, type RunManifest } from "./bundles";

/** True when a process with that id is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes the run directories of earlier runs whose Jest process has ended (name: run-<pid>-<time>). */
function removeFinishedRuns(): void {
  if (!existsSync(BUILD_ROOT)) return;
  for (const dir of readdirSync(BUILD_ROOT)) {
    const pid = Number(/^run-(\d+)-/.exec(dir)?.[1]);
    if (pid && pid !== process.pid && !alive(pid))
      rmSync(join(BUILD_ROOT, dir), { recursive: true, force: true });
  }
}

/** Jest calls this once per run, before any suite. */
export default function globalSetup(): void {
  const requested = process.env.CAOP_TEST_BUILDS;
  const names = requested === undefined ? Object.keys(builds) : requested.split(",").filter(Boolean);
  removeFinishedRuns();
  const runDir = join(BUILD_ROOT, `run-${process.pid}-${Date.now()}`);
  mkdirSync(runDir, { recursive: true });
  process.env.CAOP_TEST_BUILD_DIR = runDir;
  const manifest: RunManifest = { builds: names, pid: null, log: join(runDir, "build.log") };
  if (names.length > 0) {
    const log = openSync(manifest.log, "w");
    const child = spawn(process.execPath, [join(__dirname, "run-build.js"), runDir, names.join(",")], {
      cwd: join(__dirname, "..", ".."),
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    child.unref(); // Jest must not wait for it: the teardown stops it if it is still running
    manifest.pid = child.pid ?? null;
  }
  writeFileSync(join(runDir, "run.json"), JSON.stringify(manifest));
}
