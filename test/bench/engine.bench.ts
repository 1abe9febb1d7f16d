/**
 * Engine benchmark (issues 3, 12): parse + classify + aggregate by month × segment on a full sheet,
 * side by side in one run with the competent hand-written loop (integer month × segment index into a
 * Float64Array of cents), a naive float loop, decimal.js per row and HyperFormula SUMIFS, with memory.
 */
import os from "node:os";
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

/** Exact cents of a French text amount ("1\u00a0234,56", "-12,5"), by a char loop; NaN when unreadable. */
function textCents(s: string): number {
  let units = 0;
  let frac = 0;
  let fracDigits = -1;
  let neg = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (fracDigits < 0) units = units * 10 + (c - 48);
      else if (fracDigits < 2) {
        frac = frac * 10 + (c - 48);
        fracDigits++;
      } else return NaN;
    } else if (c === 44 || c === 46) {
      if (fracDigits >= 0) return NaN;
      fracDigits = 0;
    } else if (c === 45 && i === 0) neg = true;
    else if (c !== 32 && c !== 0xa0 && c !== 0x202f) return NaN;
  }
  const cents = units * 100 + (fracDigits === 1 ? frac * 10 : frac);
  return neg ? -cents : cents;
}

/** First month of the generated data (2024-01) as year × 12 + month − 1; the data spans 24 months. */
const MONTH0 = 2024 * 12;
const MONTHS = 24;

/**
 * The competent baseline: what an engineer writes by hand. Segments interned once to an index, month
 * and segment to one integer cell, amounts to integer cents (a char loop for text), summed in a
 * Float64Array (exact up to 2^53 cents). Returns the cells and the segment index.
 */
function competent(rows: readonly (readonly unknown[])[]): { cents: Float64Array; seg: Map<string, number> } {
  const seg = new Map<string, number>();
  const width = SEGMENTS.length;
  const cents = new Float64Array(MONTHS * width);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const sign = COUNTED[r[2] as string];
    if (!sign) continue;
    const v = r[7];
    const c = typeof v === "number" ? Math.round(v * 100) : textCents(v as string);
    const name = r[4] as string;
    let s = seg.get(name);
    if (s === undefined) seg.set(name, (s = seg.size));
    const ym = monthOf(r[0] as number);
    const m = Math.floor(ym / 100) * 12 + (ym % 100) - 1 - MONTH0;
    cents[m * width + s] += sign > 0 ? c : -Math.abs(c);
  }
  return { cents, seg };
}

/** Best user + system CPU time of `times` runs, in ms (steadier than wall time on a shared machine). */
function bestCpu(times: number, fn: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < times; k++) {
    const c0 = process.cpuUsage();
    fn();
    const u = process.cpuUsage(c0);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}

/** "rss now / process peak so far" in MB. */
function memory(): string {
  return `rss ${mb(process.memoryUsage().rss)} / peak ${mb(process.resourceUsage().maxRSS * 1024)}`;
}

export async function run(): Promise<void> {
  console.log(
    `\n== Engine: parse + classify + aggregate month × segment, ${N.toLocaleString("en")} lines ==`,
  );
  const table = makeTable(N);
  const rows = table.rows;

  const memTable = memory();
  // The competent baseline (hand-written integer loop).
  let comp = competent(rows);
  const compMs = median(
    time(5, () => {
      comp = competent(rows);
    }),
  );
  const memComp = memory();

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

  const memNaive = memory();
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

  const memDec = memory();
  // The engine: its fast path (the default: per-column readers, classifier once per distinct
  // combination) and its straightforward row-by-row path (fastPath: false), which give the same results.
  gc();
  const before = process.memoryUsage();
  // The segment column named up front (groupColumns), as the dashboard names the fields it groups by:
  // their group ids are read in the engine's first pass, so groupBy does not read the rows again.
  const bySegment = { groupColumns: [4] };
  let groups = groupBy(compute(table, bySegment), 4);
  const engineMs = median(
    time(5, () => {
      const result = compute(table, bySegment);
      groups = groupBy(result, 4);
    }),
  );
  // Not named up front (a function grouping by a field): groupBy reads the rows once per result.
  const unnamedMs = median(time(5, () => groupBy(compute(table), 4)));
  const computeMs = median(time(5, () => compute(table)));
  const computeCpu = bestCpu(5, () => compute(table));
  // CPU side by side, interleaved (the machine is shared): the competent loop, then the engine c+group.
  let compCpu = Infinity;
  let engineCpu = Infinity;
  for (let k = 0; k < 5; k++) {
    compCpu = Math.min(
      compCpu,
      bestCpu(1, () => competent(rows)),
    );
    engineCpu = Math.min(
      engineCpu,
      bestCpu(1, () => groupBy(compute(table, bySegment), 4)),
    );
  }
  const retained = compute(table);
  gc();
  const after = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const memEngine = memory();
  let straightGroups = groupBy(compute(table, { fastPath: false }), 4);
  const straightMs = median(
    time(3, () => {
      straightGroups = groupBy(compute(table, { fastPath: false }), 4);
    }),
  );
  const memStraight = memory();
  const straightKey = (gs: typeof groups): string =>
    JSON.stringify(gs.map((g) => [g.key, [...g.byMonth].map(([m, v]) => [m, v.toFixed(2)])]));
  const sameAsStraight = straightKey(groups) === straightKey(straightGroups);

  // Exactness: every month × segment cell against decimal.js.
  let exactCells = 0;
  let naiveOff = 0;
  let compExact = 0;
  let cells = 0;
  for (const g of groups) {
    for (const [month, v] of g.byMonth) {
      cells++;
      const k = `${month}|${g.key}`;
      const r = ref.get(k) ?? new Decimal(0);
      if (v.equals(r)) exactCells++;
      if (!new Decimal(naive.get(k) ?? 0).equals(r)) naiveOff++;
      const m = Math.floor(month / 100) * 12 + (month % 100) - 1 - MONTH0;
      const si = comp.seg.get(g.key);
      const c = si === undefined || m < 0 || m >= MONTHS ? 0 : comp.cents[m * SEGMENTS.length + si];
      if (new Decimal(c).div(100).equals(r)) compExact++;
    }
  }
  console.log(
    `lines ${N}, month × segment cells ${cells}; table built: ${memTable} (memory after each row: current rss / process peak so far)`,
  );
  const line = (name: string, ms: number, exact: string, mem: string): void =>
    console.log(
      `${name.padEnd(28)}${ms.toFixed(0).padStart(7)} ms ${(ms / compMs).toFixed(2).padStart(7)}× competent ${(ms / naiveMs).toFixed(2).padStart(6)}× naive   exact cells ${exact.padEnd(12)} ${mem}`,
    );
  line("competent integer loop", compMs, `${compExact}/${cells}`, memComp);
  line("naive float loop", naiveMs, `${cells - naiveOff}/${cells}`, memNaive);
  line("engine fast path (c+group)", engineMs, `${exactCells}/${cells}`, memEngine);
  line("  same, column not named", unnamedMs, `${exactCells}/${cells}`, "groupBy reads the rows");
  line(
    "engine fast, compute alone",
    computeMs,
    `${exactCells}/${cells}`,
    `best CPU ${computeCpu.toFixed(0)} ms`,
  );
  line(
    "engine straightforward (c+g)",
    straightMs,
    sameAsStraight ? `${exactCells}/${cells}` : "DIFFERS",
    memStraight,
  );
  line("decimal.js per row (1 run)", decMs, `${cells}/${cells}`, memDec);
  console.log(
    `CPU best of 5 (user + system, interleaved): competent ${compCpu.toFixed(0)} ms, engine c+group ${engineCpu.toFixed(0)} ms (${(engineCpu / compCpu).toFixed(2)}× competent), compute alone ${computeCpu.toFixed(0)} ms; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    `engine memory: result retained ${mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers)}, process peak RSS ${mb(peakRss)}`,
  );
  void retained;

  // HyperFormula: the same monthly × segment SUMIFS on 100,000 lines (GPL-3.0 key, devDependency only).
  const H = 100_000;
  const sub = makeTable(H, 2);
  const engineSub = median(time(5, () => groupBy(compute(sub), 4)));
  const data = sub.rows.map((r) => {
    const sign = COUNTED[r[2] as string];
    const v = r[7];
    const x = typeof v === "number" ? v : Number((v as string).replace(/[\s\u00a0]/g, "").replace(",", "."));
    return [monthOf(r[0] as number), r[4] as string, sign === 0 ? 0 : sign > 0 ? x : -Math.abs(x)];
  });
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
