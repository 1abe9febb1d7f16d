/**
 * Engine benchmark (issue 3): parse + classify + aggregate by month × segment on a full sheet,
 * side by side in one run with a naive float loop, decimal.js per row and HyperFormula SUMIFS.
 */
import Decimal from "decimal.js";
import { HyperFormula } from "hyperformula";
import { groupBy } from "../../src/core/aggregate";
import { compute } from "../../src/core/engine";
import { BENCH_ACCOUNTS, makeTable, SEGMENTS } from "./data";
import { median, time, gc, mb } from "./util";

const N = 1_048_576;
const COUNTED: Record<string, number> = {}; // account → +1 sale, -1 deduction, 0 excluded/not revenue
for (const [acct] of BENCH_ACCOUNTS)
  COUNTED[acct] = acct.startsWith("709") ? -1 : /^70[1-8]/.test(acct) ? 1 : 0;

/** Excel serial → yyyymm by the civil-from-days algorithm (what a hand-written loop would do). */
function monthOf(serial: number): number {
  const z = Math.floor(serial) - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp + (mp < 10 ? 3 : -9);
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 100 + m;
}

export async function run(): Promise<void> {
  console.log(
    `\n== Engine: parse + classify + aggregate month × segment, ${N.toLocaleString("en")} lines ==`,
  );
  const table = makeTable(N);
  const rows = table.rows;

  // Naive float loop: Number() on cleaned text, account lookup, total[key] += amount.
  let naive = new Map<string, number>();
  const naiveMs = median(
    time(5, () => {
      naive = new Map();
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const sign = COUNTED[r[2] as string];
        if (!sign) continue;
        const v = r[7];
        const x =
          typeof v === "number" ? v : Number((v as string).replace(/[\s\u00a0]/g, "").replace(",", "."));
        const k = `${monthOf(r[0] as number)}|${r[4] as string}`;
        naive.set(k, (naive.get(k) ?? 0) + (sign > 0 ? x : -Math.abs(x)));
      }
    }),
  );

  // decimal.js per row: the exact reference.
  let ref = new Map<string, Decimal>();
  const decMs = median(
    time(1, () => {
      ref = new Map();
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const sign = COUNTED[r[2] as string];
        if (!sign) continue;
        const v = r[7];
        const x = new Decimal(
          typeof v === "number" ? String(v) : (v as string).replace(/[\s\u00a0]/g, "").replace(",", "."),
        );
        const k = `${monthOf(r[0] as number)}|${r[4] as string}`;
        ref.set(k, (ref.get(k) ?? new Decimal(0)).plus(sign > 0 ? x : x.abs().neg()));
      }
    }),
  );

  // The engine.
  gc();
  const before = process.memoryUsage();
  let groups = groupBy(compute(table), 4);
  const engineMs = median(
    time(5, () => {
      const result = compute(table);
      groups = groupBy(result, 4);
    }),
  );
  const retained = compute(table);
  gc();
  const after = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;

  // Exactness: every month × segment cell against decimal.js.
  let exactCells = 0;
  let naiveOff = 0;
  let cells = 0;
  for (const g of groups) {
    for (const [month, v] of g.byMonth) {
      cells++;
      const k = `${month}|${g.key}`;
      const r = ref.get(k) ?? new Decimal(0);
      if (v.equals(r)) exactCells++;
      if (!new Decimal(naive.get(k) ?? 0).equals(r)) naiveOff++;
    }
  }
  console.log(`lines ${N}, month × segment cells ${cells}`);
  console.log(
    `naive float loop       ${naiveMs.toFixed(0).padStart(6)} ms   1.0×   exact cells ${cells - naiveOff}/${cells}`,
  );
  console.log(
    `engine (compute+group) ${engineMs.toFixed(0).padStart(6)} ms   ${(engineMs / naiveMs).toFixed(2)}× naive   exact cells ${exactCells}/${cells}`,
  );
  console.log(
    `decimal.js per row     ${decMs.toFixed(0).padStart(6)} ms   ${(decMs / naiveMs).toFixed(1)}× naive   engine is ${(decMs / engineMs).toFixed(1)}× faster`,
  );
  console.log(
    `engine memory: result retained ${mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers)}, process peak RSS ${mb(peakRss)}`,
  );
  void retained;

  // HyperFormula: the same monthly × segment SUMIFS on 100,000 lines (GPL-3.0 key, devDependency only).
  const H = 100_000;
  const sub = makeTable(H, 2);
  const t0 = process.hrtime.bigint();
  const engineSub = median(time(5, () => groupBy(compute(sub), 4)));
  const data = sub.rows.map((r) => {
    const sign = COUNTED[r[2] as string];
    const v = r[7];
    const x = typeof v === "number" ? v : Number((v as string).replace(/[\s\u00a0]/g, "").replace(",", "."));
    return [monthOf(r[0] as number), r[4] as string, sign === 0 ? 0 : sign > 0 ? x : -Math.abs(x)];
  });
  void t0;
  const months = [...new Set(data.map((d) => d[0] as number))].sort();
  const segs = SEGMENTS.slice(0, 4);
  const formulas = months.flatMap((m) =>
    segs.map((s) => [`=SUMIFS(C1:C${H},A1:A${H},${m},B1:B${H},"${s}")`]),
  );
  const hfStart = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets({ data, out: formulas }, { licenseKey: "gpl-v3", maxRows: H + 10 });
  const hfMs = Number(process.hrtime.bigint() - hfStart) / 1e6;
  hf.destroy();
  console.log(
    `HyperFormula ${H} lines, ${formulas.length} SUMIFS: ${hfMs.toFixed(0)} ms (${((hfMs / H) * 1000).toFixed(1)} µs/line); engine on the same lines, every month × segment: ${engineSub.toFixed(1)} ms → engine ${(hfMs / engineSub).toFixed(0)}× faster per line`,
  );
}
