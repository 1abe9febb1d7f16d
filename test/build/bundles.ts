/**
 * What the suites use to get a bundle built by the global setup: `built(name)` waits for that build's
 * result file and throws the build's own error message when it could not run.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import builds from "./builds.json";

/** Where the run directories go (one per `jest` run, removed by a later run once this one ended). */
export const BUILD_ROOT = join(__dirname, "..", "..", "test-output", "build");

/**
 * Hook timeout for a suite waiting on a build: above run-build.js's own limit per build, so that a
 * slow build reports its own error rather than a Jest timeout.
 */
export const BUILD_WAIT_MS = 45 * 60_000;

/** A build declared in builds.json. */
export type BuildName = keyof typeof builds;

/** What run-build.js wrote for one build. */
export interface BuildResult {
  name: BuildName;
  /** The build ran; webpack's own errors (if any) are in `errors`. */
  ok: boolean;
  /** Why the build could not run, when `ok` is false. */
  error: string | null;
  outDir: string;
  errors: string[];
  /** Every module of the compilation, and per chunk name the modules of that chunk. */
  modules: string[];
  chunks: Record<string, string[]>;
  /** Modules each entry's page may load: its chunks and the lazy ones it imports (run-build.js pageModules). */
  pages?: Record<string, string[]>;
  /** What the build printed (webpack.config.js's bundle size report). */
  report: string[];
  ms: number;
}

/** The run directory's run.json: the builds started and the process building them. */
export interface RunManifest {
  builds: string[];
  pid: number | null;
  log: string;
}

/** Reads run.json of a run directory. */
export function readRunManifest(dir: string): RunManifest {
  return JSON.parse(readFileSync(join(dir, "run.json"), "utf8")) as RunManifest;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8").slice(-4000) : "";
}

/** Waits for a build of this run; throws its error (not a timeout) when it failed. */
export async function built(name: BuildName): Promise<BuildResult> {
  const dir = process.env.CAOP_TEST_BUILD_DIR;
  if (!dir)
    throw new Error("no CAOP_TEST_BUILD_DIR: bundles are built by Jest's global setup (jest.config.js)");
  const manifest = readRunManifest(dir);
  if (!manifest.builds.includes(name))
    throw new Error(
      `build ${name} was not started for this run (started: ${manifest.builds.join(", ") || "none"})`,
    );
  const file = join(dir, `${name}.json`);
  for (;;) {
    if (existsSync(file)) break;
    if (manifest.pid === null || !alive(manifest.pid) || existsSync(join(dir, "done"))) {
      if (existsSync(file)) break;
      throw new Error(`build process ended without a result for ${name}:\n${tail(manifest.log)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const result = JSON.parse(readFileSync(file, "utf8")) as BuildResult;
  if (!result.ok) throw new Error(`${result.error ?? `build ${name} failed`}\n${tail(manifest.log)}`);
  return result;
}
