// Bundles the benchmarks with esbuild, as the product ships (tsx's per-import getters would skew hot loops).
import { build } from "esbuild";
import { readdirSync } from "node:fs";

const benches = readdirSync("test/bench").filter((f) => f.endsWith(".bench.ts"));
await build({
  entryPoints: ["test/bench/run.ts", ...benches.map((f) => `test/bench/${f}`)],
  outdir: "dist/bench",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
