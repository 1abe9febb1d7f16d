/**
 * `npm run validate`: checks the built manifest offline (scripts/manifest-check.ts) — by default
 * dist/manifest.xml, whose URLs must all be under the production URL it was built with (no
 * localhost). Usage: npx tsx scripts/validate-manifest.ts [manifest.xml] [base URL]
 */
import { existsSync, readFileSync } from "node:fs";
import { checkManifest } from "./manifest-check";
import { find, parseXml } from "./xml";

const file = process.argv[2] ?? "dist/manifest.xml";
if (!existsSync(file)) {
  console.error(`${file} not found: run ADDIN_PROD_URL=https://… npm run build first.`);
  process.exit(1);
}
const text = readFileSync(file, "utf8");
let base = process.argv[3];
if (base === undefined) {
  try {
    // The base is the task pane's URL without its file name.
    const src = find(parseXml(text), "DefaultSettings/SourceLocation")?.attributes.DefaultValue ?? "";
    base = src.slice(0, src.lastIndexOf("/") + 1);
  } catch {
    base = "https://";
  }
}
const problems = checkManifest(text, base);
if (base.includes("localhost") && file.startsWith("dist"))
  problems.push(`${file} points at ${base}: a development build`);
if (problems.length > 0) {
  console.error(`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`${file}: valid (offline checks, URLs under ${base})`);
