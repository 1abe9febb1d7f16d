/**
 * `caop qc FILE -o OUT.xlsx --quarter 2025-Q1`: writes a copy of the data with its CA OP columns and
 * the quarter's quality-control sheet (reproducible 5 % sample, Oui/Non verdicts, error rate).
 */
import { generateQc, type GenerateOptions } from "../dashboard/generate";
import type { XlsxHostOptions } from "../workbook/xlsx";
import { openInput, printMessages, settingsFor, type ToolArgs, type ToolIo } from "./dashboard";
import { errorLine } from "./io";

/** Runs `caop qc`; resolves to the exit code (0 ok, 2 unusable input or missing quarter). */
export async function runQc(
  args: ToolArgs,
  io: ToolIo,
  options: XlsxHostOptions & GenerateOptions = {},
): Promise<number> {
  try {
    if (!args.out) throw new Error("fichier de sortie manquant (-o SORTIE.xlsx)");
    if (!args.quarter) throw new Error("trimestre manquant (--quarter 2025-Q1)");
    const { host, sheet } = await openInput(args, options);
    const settings = await settingsFor(host, args);
    const g = await generateQc(host, args.quarter, { ...options, settings, sheet });
    await host.saveSettings({ ...settings, source: { sheet: g.plan.sheets[0].name } });
    await host.save(args.out);
    const m = g.model;
    io.stdout(
      `Contrôle qualité ${args.quarter} écrit dans ${args.out} : ${m.sample.length} ligne(s) tirée(s) sur ${m.population}, statuts : ${m.statuses.join(", ") || "aucun"}\n`,
    );
    printMessages(g.messages, io);
    return 0;
  } catch (e) {
    io.stderr(`caop : ${errorLine(e)}\n`);
    return 2;
  }
}
