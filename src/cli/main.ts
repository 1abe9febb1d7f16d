/**
 * `caop` command line: the same engine as the add-in, on .xlsx, .csv and FEC files.
 * Exit 0 on success, 2 on unusable input with a one-line message on stderr (SPEC 9).
 */
import { computeChunks } from "../core/chunks";
import { toJson } from "../core/report";
import { streamTableFile } from "../workbook/readers";
import { mappingOf, parseArgs, USAGE, UsageError, type CliArgs } from "./args";
import { errorLine, type Io } from "./io";
export type { Io } from "./io";
import { runDashboard } from "./dashboard";
import { runQc } from "./qc";
import { summary } from "./summary";

/** Runs one command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`caop : ${(e as Error).message} (caop --help)\n`);
    return 2;
  }
  if (args.help || args.command === "") {
    io.stdout(USAGE);
    return args.help ? 0 : 2;
  }
  try {
    switch (args.command) {
      case "compute":
        return await runCompute(args, io);
      case "dashboard":
      case "qc": {
        const tool = {
          file: requireFile(args),
          out: args.out ?? "",
          sheet: args.sheet,
          map: args.map,
          year: args.year,
          segmentField: args.segmentField,
          quarter: args.quarter,
          strict: args.strict,
          lang: args.lang,
        };
        return args.command === "qc" ? await runQc(tool, io) : await runDashboard(tool, io);
      }
      default:
        io.stderr(`caop : commande inconnue « ${args.command} » (caop --help)\n`);
        return 2;
    }
  } catch (e) {
    io.stderr(`caop : ${errorLine(e, args.lang)}\n`);
    return 2;
  }
}

/** `caop compute FILE`: totals as a French summary or the SPEC 9 JSON object; the file is read in chunks. */
async function runCompute(args: CliArgs, io: Io): Promise<number> {
  const file = requireFile(args);
  // Streamed in chunks: files of millions of lines are never held whole in memory.
  const mapping = mappingOf(args.map);
  const result = await computeChunks(() => streamTableFile(file, { sheet: args.sheet, mapping }), {
    mapping,
    strict: args.strict,
    // How data is read never follows the message language (--lang): French default (SPEC 2.2).
    locale: "fr",
    // Explicit reading options: used only where a column's data cannot prove it (SPEC 2.2).
    decimal: args.decimal,
    dates: args.dates,
  });
  io.stdout(
    args.json
      ? JSON.stringify(toJson(result, args.lang ?? "fr"), null, 2) + "\n"
      : summary(result, args.lang ?? "fr"),
  );
  return 0;
}

function requireFile(args: CliArgs): string {
  if (!args.file) throw new UsageError("fichier manquant");
  return args.file;
}
