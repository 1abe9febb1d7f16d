/**
 * `caop` command line: the same engine as the add-in, on .xlsx, .csv and FEC files.
 * Exit 0 on success, 2 on unusable input with a one-line message on stderr (SPEC 9).
 */
import { readFileSync } from "node:fs";
import { computeChunks } from "../core/chunks";
import { classificationSql, SQL_INPUT_COLUMNS } from "../core/classify/sql";
import { DEFAULT_RULES, validateRules, type RuleSet } from "../core/rules";
import { format } from "../i18n";
import { expandGlobs } from "./duckdb/files";
import { toJson } from "../core/report";
import { streamTableFile } from "../workbook/readers";
import { mappingOf, parseArgs, USAGE, UsageError, type CliArgs } from "./args";
import { errorLine, type Io } from "./io";
export type { Io } from "./io";
import { summary } from "./summary";
import { unusableExit } from "./unusable";

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
        return args.engine === "duckdb" ? await runDuckdb(args, io) : await runCompute(args, io);
      case "sql":
        return runSql(args, io);
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
        // Loaded on demand: their ExcelJS writers cost `caop compute` ~0.2 s of start-up otherwise.
        if (args.command === "qc") return await (await import("./qc")).runQc(tool, io);
        return await (await import("./dashboard")).runDashboard(tool, io);
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
    signs: args.signs,
  });
  const json = toJson(result, args.lang ?? "fr");
  io.stdout(args.json ? JSON.stringify(json, null, 2) + "\n" : summary(result, args.lang ?? "fr"));
  if (unusableExit(json, args.lang ?? "fr", io) !== 0) return 2;
  // More lines than a worksheet holds: suggest the DuckDB engine (issue 14).
  if (result.lines.count > EXCEL_MAX_ROWS) {
    io.stderr(`caop : ${format(args.lang ?? "fr", "cli_suggest_duckdb", { count: result.lines.count })}\n`);
  }
  return 0;
}

/** Rows of an Excel worksheet: above this, `compute` suggests --engine duckdb. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** `caop compute FILE… --engine duckdb`: embedded DuckDB, loaded only here (native module). */
async function runDuckdb(args: CliArgs, io: Io): Promise<number> {
  const files = expandGlobs(args.files);
  if (files.length === 0) throw new UsageError("fichier manquant");
  // The SQL path reads the signs as written: the user's word on them would be silently ignored.
  if (args.signs !== undefined)
    throw new UsageError("--signs n'est pas lu par --engine duckdb : utilisez le moteur par défaut");
  const { computeFiles } = await import("./duckdb/run");
  const { duckJson } = await import("./duckdb/totals");
  const outcomes = await computeFiles(files, {
    mapping: mappingOf(args.map),
    strict: args.strict,
    decimal: args.decimal,
    dates: args.dates,
    rules: readRules(args.rules),
  });
  const json = duckJson(outcomes, args.lang ?? "fr");
  io.stdout(args.json ? JSON.stringify(json, null, 2) + "\n" : duckSummary(json, args.lang ?? "fr"));
  return unusableExit(json, args.lang ?? "fr", io);
}

/** `caop sql`: the classification as SQL over the table caop_lines (documented columns first). */
function runSql(args: CliArgs, io: Io): number {
  const dialect = args.dialect ?? "duckdb";
  const columns = SQL_INPUT_COLUMNS.map(([c, m]) => `--   ${c.padEnd(8)} ${m}`).join("\n");
  io.stdout(
    `-- CA OP classification (SPEC 2.1), dialect ${dialect}. Input table caop_lines:\n${columns}\n` +
      `-- Output: the input columns, kind, scope ('not_revenue' outside class 7) and contribution.\n` +
      `${classificationSql(readRules(args.rules), dialect)};\n`,
  );
  return 0;
}

/** The rule set of --rules (a JSON RuleSet, checked), else the default one. */
function readRules(file: string | undefined): RuleSet {
  if (file === undefined) return DEFAULT_RULES;
  const rules = JSON.parse(readFileSync(file, "utf8")) as RuleSet;
  const problems = validateRules(rules);
  if (problems.length > 0) throw new UsageError(`--rules ${file} : ${JSON.stringify(problems[0])}`);
  return rules;
}

/** A short summary of a DuckDB consolidation: total, then one line per entity and per file. */
function duckSummary(
  j: {
    caop: string;
    lines: number;
    files: { file: string; entity: string; caop: string; lines: number }[];
    entities: { entity: string; caop: string }[];
  },
  lang: "fr" | "en",
): string {
  const en = lang === "en";
  const out = [
    `${en ? "CA OP (all files)" : "CA OP (tous fichiers)"} : ${j.caop} (${j.lines} ${en ? "lines" : "lignes"})`,
  ];
  for (const e of j.entities) out.push(`  ${en ? "entity" : "entité"} ${e.entity} : ${e.caop}`);
  for (const f of j.files)
    out.push(`  ${f.file} (${f.entity}) : ${f.caop} (${f.lines} ${en ? "lines" : "lignes"})`);
  return out.join("\n") + "\n";
}

function requireFile(args: CliArgs): string {
  if (!args.file) throw new UsageError("fichier manquant");
  return args.file;
}
