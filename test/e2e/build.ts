/**
 * Builds the task pane and the playground once (webpack CLI in a child process: Jest's VM cannot
 * load copy-webpack-plugin's ESM), and measures the bundles.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..", "..");

/** Builds the playground (and the task pane entry, for its size) into outDir, production mode. */
export function buildPlayground(outDir: string): Promise<void> {
  const webpack = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const args = [
    webpack,
    "--mode",
    "production",
    "--env",
    "only=taskpane,playground",
    "--env",
    `outDir=${outDir}`,
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err || !existsSync(join(outDir, "playground.html"))) {
        reject(
          new Error(`webpack failed: ${err?.message ?? ""}\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`),
        );
      } else resolve();
    });
  });
}

/** Size of a bundle and its gzipped size, in bytes. */
export function bundleSize(outDir: string, file: string): { bytes: number; gzip: number } {
  const buf = readFileSync(join(outDir, file));
  return { bytes: buf.length, gzip: gzipSync(buf).length };
}

/** The JavaScript files a build wrote (entries and lazy chunks). */
export function scripts(outDir: string): string[] {
  return readdirSync(outDir).filter((f) => f.endsWith(".js"));
}

/** Where the Debian chromium is, and whether tests may skip without it. */
export const CHROMIUM = "/usr/bin/chromium";

/** Launch arguments for headless chromium in CI containers. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** True when the browser tests must run: chromium present, or CI (where its absence is a failure). */
export function browserTestsEnabled(what: string): boolean {
  if (existsSync(CHROMIUM) || process.env.CI === "true") return true;
  console.log(
    `${what} skipped: ${CHROMIUM} is absent (apt-get install -y chromium); mandatory under CI=true.`,
  );
  return false;
}
