/**
 * Consolidation benchmark (issue 14): 10 FEC files × 1,000,000 lines generated to a temp folder;
 * `caop compute --engine duckdb` on the ten at once vs the TypeScript engine file by file, each in
 * its own process (time and peak RSS side by side). Lines cycle through 7 accounts; 5,000 distinct labels per file. `CAOP_BENCH_FILES` / `CAOP_BENCH_LINES` shrink it.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Decimal from "decimal.js";
import { toDecimalString } from "../../src/core/money";

const FILES = Number(process.env.CAOP_BENCH_FILES ?? 10);
const LINES = Number(process.env.CAOP_BENCH_LINES ?? 1_000_000);
const HEADER =
  "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";
const ACCOUNTS = [
  ["706000", "Prestation de services"],
  ["707000", "Vente marchandises"],
  ["709000", "Remise client"],
  ["411000", "Client"],
  ["445710", "TVA collectée"],
  ["775000", "Cession entrepôt"],
  ["740000", "Subvention exploitation"],
];

/** Writes one FEC file of `lines` lines (streamed). */
async function writeFec(path: string, lines: number, seed: number): Promise<void> {
  const w = createWriteStream(path);
  let buf = HEADER + "\r\n";
  for (let i = 0; i < lines; i++) {
    const [acct, lib] = ACCOUNTS[(i + seed) % ACCOUNTS.length];
    const cents = ((i * 7919 + seed * 104729) % 9_999_999) + 1;
    const amount = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
    const day = `2025${String((i % 12) + 1).padStart(2, "0")}${String((i % 28) + 1).padStart(2, "0")}`;
    const debit = acct === "709000" || acct === "411000" ? amount : "0,00";
    const credit = debit === "0,00" ? amount : "0,00";
    buf += `VE\tVentes\tVE${i}\t${day}\t${acct}\t${lib}\t\t\tF-${i}\t${day}\t${lib} F-${i % 5000}\t${debit}\t${credit}\t\t\t${day}\t\t\r\n`;
    if (buf.length > 1 << 20) {
      if (!w.write(buf)) await new Promise<void>((r) => w.once("drain", () => r()));
      buf = "";
    }
  }
  await new Promise<void>((r) => w.end(buf, () => r()));
}

/** Runs the CLI in a child process; its wall time and peak RSS. */
function cli(args: string[]): { ms: number; rssMb: number; out: string } {
  const bundle = resolve("dist/cli/caop.js");
  const script =
    "process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'));" +
    `require(${JSON.stringify(bundle)}).runProcess(${JSON.stringify(args)});`;
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const m = /MAXRSS (\d+)/.exec(r.stderr);
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, out: r.stdout };
}

/** The benchmark: generation, then DuckDB (all files) and the TypeScript engine (file by file). */
export async function run(): Promise<void> {
  console.log(`\n== consolidate: ${FILES} FEC × ${LINES} lines, --engine duckdb vs the TypeScript engine`);
  const dir = mkdtempSync(join(tmpdir(), "caop-consolidate-"));
  try {
    const files: string[] = [];
    for (let f = 0; f < FILES; f++) {
      const path = join(dir, `${String(123456780 + f)}FEC20251231.txt`);
      await writeFec(path, LINES, f);
      files.push(path);
    }
    const duck = cli(["compute", join(dir, "*.txt"), "--engine", "duckdb", "--json"]);
    const duckCaop = (JSON.parse(duck.out) as { caop: string }).caop;
    let tsMs = 0;
    let tsRss = 0;
    const tsCaops: string[] = [];
    for (const file of files) {
      const r = cli(["compute", file, "--json"]);
      tsMs += r.ms;
      tsRss = Math.max(tsRss, r.rssMb);
      tsCaops.push((JSON.parse(r.out) as { caop: string }).caop);
    }
    console.log(
      `duckdb, ${FILES} files in one run: ${(duck.ms / 1000).toFixed(1)} s, peak RSS ${duck.rssMb.toFixed(0)} MB, CA OP ${duckCaop}`,
    );
    console.log(
      `TypeScript engine, file by file:   ${(tsMs / 1000).toFixed(1)} s, peak RSS ${tsRss.toFixed(0)} MB (largest file)`,
    );
    const tsTotal = tsCaops.reduce((t, c) => t.plus(c), new Decimal(0));
    console.log(`ratio: duckdb ${(tsMs / duck.ms).toFixed(2)}× the TypeScript engine's speed`);
    console.log(
      `CA OP equal to the cent: ${tsTotal.equals(duckCaop) ? "yes" : "NO"} (TS sum ${toDecimalString(tsTotal)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
