/**
 * @jest-environment node
 *
 * The playground's port (ObservedWorkbook) reads and writes a large sheet in pieces: the same
 * table as the memory workbook reads, and the same workbook as applying the whole plan at once,
 * for any band size (fast-check).
 */
import fc from "fast-check";
import { generateDashboard, generateQc } from "../../../src/app/generate";
import type { WorkbookPlan } from "../../../src/sheet/plan";
import { ObservedWorkbook } from "../../../src/taskpane/playground/observed";
import { planPieces } from "../../../src/taskpane/playground/pieces";
import { largeWorkbook } from "../../../src/taskpane/playground/workbooks";
import type { MemoryWorkbook } from "../../../src/workbook/memory";

const NOW = new Date(Date.UTC(2026, 0, 15, 10, 0, 0));

/** The plan a generation writes, captured from a throw-away workbook of `lines` lines. */
async function planOf(lines: number, kind: "dashboard" | "qc", tagged: boolean): Promise<WorkbookPlan> {
  const wb = largeWorkbook(lines);
  if (tagged) await generateDashboard(wb, { now: NOW });
  const g =
    kind === "dashboard"
      ? await generateDashboard(wb, { now: NOW })
      : await generateQc(wb, "2024-Q1", { now: NOW });
  return g.plan;
}

/** A workbook the plan can be applied to (tagged first when the plan was made on a tagged one). */
async function target(lines: number, tagged: boolean): Promise<MemoryWorkbook> {
  const wb = largeWorkbook(lines);
  if (tagged) await generateDashboard(wb, { now: NOW, lang: "en" });
  return wb;
}

describe("planPieces", () => {
  it("gives, piece after piece through the playground's port, the workbook the whole plan gives", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom("dashboard" as const, "qc" as const),
        fc.boolean(),
        fc.integer({ min: 0, max: 30 }),
        async (lines, rows, kind, tagged, extra) => {
          // `extra` lines tagged before and gone from the plan: their stale tags are cleared.
          const plan = await planOf(lines, kind, tagged);
          const whole = await target(lines + extra, tagged);
          await whole.applyPlan(plan);
          const pieced = await target(lines + extra, tagged);
          const applied = await new ObservedWorkbook(pieced, rows).applyPlan(plan);
          expect(pieced.sheets).toEqual(whole.sheets);
          expect(pieced.active).toEqual(whole.active);
          expect(applied.sheets).toEqual(plan.sheets.map((p) => ({ key: p.key, name: p.name })));
          if (lines + 1 > rows) expect(planPieces(plan, rows).length).toBeGreaterThan(plan.sheets.length + 1);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("leaves a plan without a large data sheet whole", async () => {
    const plan = await planOf(50, "dashboard", false);
    expect(planPieces(plan, 1000)).toEqual([{ plan }]);
  });
});

describe("ObservedWorkbook", () => {
  it("reads a large sheet in bands, as the memory workbook reads it whole", async () => {
    const wb = largeWorkbook(25_000);
    await generateDashboard(wb, { now: NOW });
    const port = new ObservedWorkbook(wb);
    const sheet = wb.sheets[0].name;
    for (const opts of [{ sheet }, { sheet, address: "B1:D24000" }, { sheet, address: "A3:L30000" }]) {
      expect(await port.readTable(opts)).toEqual(await wb.readTable(opts));
    }
  });

  it("writes a generation in pieces with progress, as the memory workbook does at once", async () => {
    const a = largeWorkbook(12_000);
    const b = largeWorkbook(12_000);
    const port = new ObservedWorkbook(a);
    let changes = 0;
    port.subscribe(() => changes++);
    const progress: number[] = [];
    const mine = await generateDashboard(port, {
      now: NOW,
      onProgress: (p) => progress.push(p.done / p.total),
    });
    const theirs = await generateDashboard(b, { now: NOW });
    expect(a.sheets).toEqual(b.sheets);
    expect(mine.applied).toEqual(theirs.applied);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress[progress.length - 1]).toBe(1);
    expect(changes).toBe(1);
  });

  it("stops between pieces on Cancel", async () => {
    const wb = largeWorkbook(12_000);
    const port = new ObservedWorkbook(wb);
    const controller = new AbortController();
    const run = generateDashboard(port, {
      now: NOW,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.sheets.some((s) => s.productKey === "dashboard")).toBe(false);
  });
});
