/**
 * `caop qc FILE -o OUT.xlsx --quarter 2025-Q1`: writes a copy of the data with its CA OP columns and
 * the quarter's quality-control sheet (reproducible 5 % sample, Oui/Non verdicts, error rate).
 */
import { generateQc, type GenerateOptions } from "../app/generate";
import type { XlsxHostOptions } from "../workbook/xlsx";
import { runTool, type ToolArgs, type ToolIo } from "./dashboard";

/** Runs `caop qc`; resolves to the exit code (0 ok, 2 unusable input or missing quarter). */
export async function runQc(
  args: ToolArgs,
  io: ToolIo,
  options: XlsxHostOptions & GenerateOptions = {},
): Promise<number> {
  const quarter = args.quarter;
  if (!quarter) {
    io.stderr("caop : trimestre manquant (--quarter 2025-Q1)\n");
    return 2;
  }
  return runTool(
    args,
    io,
    options,
    (host, opts) => generateQc(host, quarter, opts),
    (g) =>
      `Contrôle qualité ${quarter} écrit dans ${args.out} : ${g.model.sample.length} ligne(s) tirée(s) sur ${g.model.population}, statuts : ${g.model.statuses.join(", ") || "aucun"}\n`,
  );
}
