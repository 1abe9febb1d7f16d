/**
 * Excel on the web's custom-function payload limit (issue 10 item 5): a range over about 5 MB (a
 * whole column, 300,000 lines) never reaches the function, Excel shows #CALC!. The path for large
 * data is the CA OP dashboard (native SUMIFS on the tagged columns, any size); the function's help,
 * in English and French, says so, and the mock runtime enforces the limit.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { resolve } from "node:path";
import { frenchMetadata, type Metadata } from "../../src/functions/metadata";
import { ARGUMENT_LIMIT, cellOf, loadExcel, type FakeExcel } from "./excel";
import { serial } from "./sheets";

let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});

/** A sales range of `n` lines with 60-character labels. */
function range(n: number): unknown[][] {
  const out: unknown[][] = [["Date", "Libellé", "Montant HT"]];
  for (let i = 0; i < n; i++) out.push([serial(2025, 1, 15), `Vente ${"x".repeat(60)} ${i}`, 1]);
  return out;
}

describe("large ranges on Excel on the web", () => {
  it("a range over 5 MB gives #CALC! (the mock enforces the limit); under it, the exact sum", async () => {
    expect(cellOf(await excel.call("CAOP", [range(1000), "2025-01"]))).toBe(1000);
    const big = range(80_000);
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(ARGUMENT_LIMIT);
    expect(await excel.call("CAOP", [big, "2025-01"])).toEqual({ error: "#CALC!" });
    // Desktop has no such limit.
    expect(cellOf(await excel.call("CAOP", [big, "2025-01"], { argumentLimit: Infinity }))).toBe(80_000);
  });

  it("CAOP's help says the limit and the path beyond it, in English and French", async () => {
    const generated = await generateCustomFunctionsMetadata(
      [resolve(__dirname, "../../src/functions/functions.ts")],
      false,
    );
    const en = JSON.parse(generated.metadataJson) as Metadata;
    const fr = frenchMetadata(en);
    const help = (m: Metadata): string => m.functions.find((f) => f.id === "CAOP")?.description ?? "";
    expect(help(en)).toMatch(/Excel on the web: range of 5 MB at most .*dashboard/);
    expect(help(fr)).toMatch(/Excel pour le web : plage de 5 Mo au plus .*tableau de bord/);
  });
});
