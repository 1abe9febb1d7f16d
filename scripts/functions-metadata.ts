/**
 * Writes the custom functions' metadata without webpack: functions.json (English, from the JSDoc
 * of src/functions/functions.ts) and functions-fr.json (from src/functions/metadata-fr.ts).
 * The build does the same through webpack.config.js. Usage: npx tsx scripts/functions-metadata.ts [outDir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { finishMetadata, frenchMetadata, type Metadata } from "../src/functions/metadata";

/** Source of the functions and their JSDoc. */
export const FUNCTIONS_SOURCE = resolve(__dirname, "../src/functions/functions.ts");

/** English and French metadata as the build emits them. */
export async function buildMetadata(): Promise<{ en: Metadata; fr: Metadata }> {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false);
  if (generated.errors.length > 0)
    throw new Error(`custom-functions-metadata:\n${generated.errors.join("\n")}`);
  const en = finishMetadata(JSON.parse(generated.metadataJson) as Metadata);
  return { en, fr: frenchMetadata(en) };
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? "dist");
  const { en, fr } = await buildMetadata();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "functions.json"), JSON.stringify(en, null, 2) + "\n");
  writeFileSync(join(out, "functions-fr.json"), JSON.stringify(fr, null, 2) + "\n");
  console.log(
    `${en.functions.length} functions → ${join(out, "functions.json")}, ${join(out, "functions-fr.json")}`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
