/**
 * @jest-environment node
 *
 * The pane's generator (src/taskpane/generate/): the same result, model and plan as the app's
 * generateDashboard / generateQc, on the main thread and through an in-process worker that clones
 * every message as postMessage does; errors keep their French and English texts; Cancel stops it.
 */
import { generateDashboard, generateQc, type Generated } from "../../../src/app/generate";
import { toJson } from "../../../src/core/report";
import { DASH } from "../../../src/dashboard/dashboard";
import { QC_ROWS } from "../../../src/dashboard/qc";
import type { WorkerLike } from "../../../src/taskpane/generate/client";
import { workerGenerator } from "../../../src/taskpane/generate/client";
import type { GenerationReply, GenerationRequest } from "../../../src/taskpane/generate/protocol";
import { generationServer } from "../../../src/taskpane/generate/serve";
import { largeWorkbook } from "../../../src/taskpane/playground/workbooks";
import { MemoryWorkbook } from "../../../src/workbook/memory";

const NOW = new Date(Date.UTC(2026, 0, 15, 10, 0, 0));

/** A worker in this process: messages cloned both ways and delivered on a later task. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<GenerationReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received = 0;
  private readonly handle = generationServer((m) => {
    const copy = structuredClone(m);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: copy } as MessageEvent<GenerationReply>);
    }, 0);
  });
  postMessage(m: GenerationRequest): void {
    this.received++;
    const copy = structuredClone(m);
    setTimeout(() => {
      if (!this.terminated) this.handle(copy);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** Paths of the values that are not plain data (a Decimal would not cross the worker as itself). */
function notPlain(v: unknown, path = "plan"): string[] {
  if (v === null || typeof v !== "object") return [];
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype) return [path];
  return Object.entries(v).flatMap(([k, x]) => notPlain(x, `${path}.${k}`));
}

/** What must be equal between two generations: figures, model, plan, sheets written, messages. */
function same(a: Generated<unknown>, b: Generated<unknown>): void {
  expect(toJson(a.result)).toEqual(toJson(b.result));
  expect(a.result.table).toEqual(b.result.table);
  expect(a.model).toEqual(b.model);
  expect(a.plan).toEqual(b.plan);
  expect(notPlain(b.plan)).toEqual([]);
  expect(a.applied).toEqual(b.applied);
  expect(a.messages).toEqual(b.messages);
}

/** Two identical workbooks of `lines` lines, the second time with the product's columns beside the data. */
async function twoBooks(lines: number): Promise<[MemoryWorkbook, MemoryWorkbook]> {
  const a = largeWorkbook(lines);
  const b = largeWorkbook(lines);
  await generateDashboard(a, { now: NOW });
  await generateDashboard(b, { now: NOW });
  return [a, b];
}

describe("workerGenerator", () => {
  it("generates the dashboard as generateDashboard does, in a worker, with the product's columns stripped", async () => {
    const [a, b] = await twoBooks(12_000);
    const worker = new FakeWorker();
    const mine = await workerGenerator(() => worker).dashboard(a, { now: NOW, lang: "en" });
    const theirs = await generateDashboard(b, { now: NOW, lang: "en" });
    same(mine, theirs);
    expect(worker.received).toBeGreaterThan(3);
    expect(worker.terminated).toBe(true);
    expect(a.sheets).toEqual(b.sheets);
  });

  it("keeps the Objectif typed on the dashboard and the verdicts typed on the QC sheet", async () => {
    const [a, b] = await twoBooks(300);
    for (const wb of [a, b]) {
      const dash = wb.sheets.find((s) => s.productKey === "dashboard");
      if (!dash) throw new Error("no dashboard");
      wb.setValue(dash.name, `G${DASH.headerRow + 1}`, "900 000");
    }
    const gen = workerGenerator(() => new FakeWorker());
    same(await gen.qc(a, "2024-Q1", { now: NOW }), await generateQc(b, "2024-Q1", { now: NOW }));
    const qc = a.sheets.find((s) => s.productKey === "qc:2024-Q1");
    if (!qc) throw new Error("no QC sheet");
    // A verdict typed on the first sampled line (columns I and J: verdict and comment).
    for (const wb of [a, b]) {
      wb.setValue(qc.name, `I${QC_ROWS.first}`, "OK");
      wb.setValue(qc.name, `J${QC_ROWS.first}`, "vu");
    }
    const again = await gen.qc(a, "2024-Q1", { now: NOW });
    same(again, await generateQc(b, "2024-Q1", { now: NOW }));
    expect(JSON.stringify(again.plan.sheets[1])).toContain('"vu"');
    const dash = await gen.dashboard(a, { now: NOW });
    same(dash, await generateDashboard(b, { now: NOW }));
    expect(JSON.stringify(dash.model)).toContain("900000");
    expect(a.sheets).toEqual(b.sheets);
  });

  it("works on the main thread where no worker starts, and when the worker cannot load", async () => {
    const [a, b] = await twoBooks(200);
    same(
      await workerGenerator(() => null).dashboard(a, { now: NOW }),
      await generateDashboard(b, { now: NOW }),
    );
    const broken = new FakeWorker();
    broken.postMessage = () => {
      setTimeout(() => broken.onerror?.({ preventDefault: () => undefined, message: "" } as ErrorEvent), 0);
    };
    same(
      await workerGenerator(() => broken).qc(a, "2024-Q2", { now: NOW }),
      await generateQc(b, "2024-Q2", { now: NOW }),
    );
  });

  it("passes the engine's refusal on with its French and English texts", async () => {
    const wb = MemoryWorkbook.fromRows("Ventes", ["Date", "Libellé"], [[45000, "x"]]);
    const gen = workerGenerator(() => new FakeWorker());
    const err = await gen.dashboard(wb, { now: NOW }).catch((e: unknown) => e);
    const ref = await generateDashboard(wb, { now: NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ fr: (ref as { fr: string }).fr, en: (ref as { en: string }).en });
    expect((err as { fr: string }).fr.length).toBeGreaterThan(0);
  });

  it("stops on Cancel: AbortError, the worker ended, nothing written", async () => {
    const wb = largeWorkbook(12_000);
    const before = wb.sheets.length;
    const worker = new FakeWorker();
    const controller = new AbortController();
    // Cancel while the rows are on their way to the worker.
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (m) => {
      post(m);
      if (worker.received === 2) controller.abort();
    };
    const run = workerGenerator(() => worker).dashboard(wb, { now: NOW, signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.terminated).toBe(true);
    expect(worker.received).toBe(2);
    expect(wb.sheets.length).toBe(before);
    // Cancelled before the worker started: no worker is left waiting.
    const late = new FakeWorker();
    const gen = workerGenerator(() => late);
    await expect(gen.qc(wb, "2024-Q1", { now: NOW, signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(wb.sheets.length).toBe(before);
  });
});
