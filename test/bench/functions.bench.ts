/**
 * Custom functions benchmark (issue 4): =CAOP and =CAOP.BY on a full sheet passed as Excel passes
 * it (a 1,048,576 × 8 any[][] with its header row: date serials, numbers, ~10 % French text
 * amounts), beside the engine alone, and HyperFormula evaluating the equivalent SUMIFS on 100,000
 * rows (GPL-3.0 key, devDependency only), with the per-row ratio.
 */
import { HyperFormula } from "hyperformula";
import { groupBy } from "../../src/core/aggregate";
import { compute } from "../../src/core/engine";
import { lineCounts, lineContribution } from "../../src/core/engine";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { caop, caopBy } from "../../src/functions/functions";
import { engineRuns, setMemoSize } from "../../src/functions/table";
import { HEADERS, makeTable, SEGMENTS } from "./data";
import { median, time, timeAsync } from "./util";

const ROWS = 1_048_576; // the whole sheet, header row included
const HF_ROWS = 100_000;

/** The CustomFunctions global Excel provides (only what the functions touch on error paths). */
function stubCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}

/** A range as Excel passes it: header row first, then the data rows. */
function sheet(rows: number, seed: number): unknown[][] {
  const t = makeTable(rows - 1, seed);
  return [[...HEADERS], ...t.rows];
}

const ms = (x: number): string => `${x.toFixed(0).padStart(6)} ms`;

/** HyperFormula build + evaluation time of SUMIFS formulas over prepared contribution rows. */
function hyperFormula(data: (string | number)[][], formulas: string[][]): number {
  const t = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets(
    { data, out: formulas },
    { licenseKey: "gpl-v3", maxRows: data.length + 10 },
  );
  const elapsed = Number(process.hrtime.bigint() - t) / 1e6;
  hf.destroy();
  return elapsed;
}

export async function run(): Promise<void> {
  console.log(
    `\n== Custom functions: =CAOP and =CAOP.BY on a ${ROWS.toLocaleString("en")} × 8 range as Excel passes it ==`,
  );
  stubCustomFunctions();
  resetFunctionContext();
  setFunctionContext({ settings: () => null, formattedNumbers: false, lang: "fr" });
  const invocation = { parameterAddresses: [`Ventes!A1:H${ROWS}`, "", "", ""] };

  const range = sheet(ROWS, 7);
  const table = { headers: HEADERS, rows: range.slice(1) as never[], firstRow: 2, source: "bench" };

  // Each call computes (memoisation off), as a single cell after a data change does.
  setMemoSize(0);
  const total = (await caop(range, null, null, null, invocation))[0][0];
  const engineMs = median(time(5, () => compute(table)));
  const caopMs = median(await timeAsync(5, () => caop(range, null, null, null, invocation)));
  const monthMs = median(await timeAsync(3, () => caop(range, "2025-01", null, null, invocation)));
  const sliceMs = median(await timeAsync(3, () => caop(range, null, "segment", SEGMENTS[0], invocation)));
  let byRows = 0;
  const byMs = median(
    await timeAsync(3, async () => {
      byRows = (await caopBy(range, "segment", null, invocation)).length;
    }),
  );
  const label = (s: string): string => s.padEnd(40);
  console.log(`${label("engine compute() alone")}${ms(engineMs)}`);
  console.log(
    `${label("=CAOP(range)")}${ms(caopMs)}   ${(caopMs / engineMs).toFixed(2)}× engine   CA OP ${total}`,
  );
  console.log(`${label('=CAOP(range; "2025-01")')}${ms(monthMs)}`);
  console.log(`${label(`=CAOP(range;;"segment";"${SEGMENTS[0]}")`)}${ms(sliceMs)}`);
  console.log(`${label('=CAOP.BY(range; "segment")')}${ms(byMs)}   ${byRows} rows spilled`);

  // Twelve monthly cells =CAOP(range; "2025-01") … "2025-12" on the same range (one recalculation).
  const twelve = async (): Promise<number> => {
    const before = engineRuns();
    for (let m = 1; m <= 12; m++)
      await caop(range, `2025-${String(m).padStart(2, "0")}`, null, null, invocation);
    return engineRuns() - before;
  };
  const plainMs = median(await timeAsync(1, twelve));
  setMemoSize(4);
  let runs = 0;
  const memoMs = median(
    await timeAsync(1, async () => {
      runs = await twelve();
    }),
  );
  console.log(
    `${label("12 monthly =CAOP cells, no memo")}${ms(plainMs)}   12 computations\n${label("12 monthly =CAOP cells, memoised")}${ms(memoMs)}   ${runs} computation(s)`,
  );
  setMemoSize(0);

  // HyperFormula: the same questions as SUMIFS over 100,000 rows whose contribution is precomputed
  // (the engine's own, so HyperFormula only sums: a lower bound for a SUMIFS workbook).
  const small = sheet(HF_ROWS + 1, 8);
  const smallTable = { headers: HEADERS, rows: small.slice(1) as never[], firstRow: 2, source: "bench" };
  const r = compute(smallTable);
  const data: (string | number)[][] = [];
  for (let i = 0; i < r.lines.count; i++) {
    const row = smallTable.rows[i] as unknown[];
    data.push([lineCounts(r, i) ? 1 : 0, String(row[4]), lineContribution(r, i).toNumber()]);
  }
  const smallCaopMs = median(await timeAsync(3, () => caop(small, null, null, null, invocation)));
  const smallByMs = median(await timeAsync(3, () => caopBy(small, "segment", null, invocation)));
  const n = HF_ROWS;
  const hfCaopMs = hyperFormula(data, [[`=SUMIFS(C1:C${n},A1:A${n},1)`]]);
  const segs = [...new Set(groupBy(r, 4).map((g) => g.key))];
  const hfByMs = hyperFormula(
    data,
    segs.map((s) => [`=SUMIFS(C1:C${n},A1:A${n},1,B1:B${n},"${s}")`]),
  );
  const perRow = (t: number, rows: number): number => (t / rows) * 1e6; // ns per row
  console.log(
    `HyperFormula ${n.toLocaleString("en")} rows: 1 SUMIFS (=CAOP) ${ms(hfCaopMs)}, ${segs.length} SUMIFS (=CAOP.BY) ${ms(hfByMs)}`,
  );
  console.log(
    `=CAOP    per row: ${perRow(caopMs, ROWS).toFixed(0)} ns (full sheet), ${perRow(smallCaopMs, n).toFixed(0)} ns (${n.toLocaleString("en")} rows) vs HyperFormula ${perRow(hfCaopMs, n).toFixed(0)} ns → functions ${(perRow(hfCaopMs, n) / perRow(caopMs, ROWS)).toFixed(1)}× faster per row`,
  );
  console.log(
    `=CAOP.BY per row: ${perRow(byMs, ROWS).toFixed(0)} ns (full sheet), ${perRow(smallByMs, n).toFixed(0)} ns (${n.toLocaleString("en")} rows) vs HyperFormula ${perRow(hfByMs, n).toFixed(0)} ns → functions ${(perRow(hfByMs, n) / perRow(byMs, ROWS)).toFixed(1)}× faster per row`,
  );
  setMemoSize(4);
  resetFunctionContext();
}
