/** `npm run bench`: runs every bundled benchmark (dist/bench/*.bench.js, built from test/bench/*.bench.ts) in one process. */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.js"))
    .filter((f) => !only || f.startsWith(only))
    .sort((a, b) => (a === "engine.bench.js" ? -1 : b === "engine.bench.js" ? 1 : a.localeCompare(b)));
  console.log(`node ${process.version}, ${files.length} benchmarks: ${files.join(", ")}`);
  for (const f of files) {
    const mod = (await import(join(__dirname, f))) as { run?: () => Promise<void> };
    if (typeof mod.run === "function") await mod.run();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
