// Bundles the `caop` command line (src/cli/bin.ts: main + runProcess) into dist/cli/caop.js with esbuild (< 1 s).
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/cli/caop.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // @duckdb/node-api is a native module: required at run time, and only by `compute --engine duckdb`.
  external: ["exceljs", "@duckdb/node-api"],
  logLevel: "warning",
});
