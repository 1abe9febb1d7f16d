/**
 * Task-pane benchmark (issue 6), printed, never asserted: the task pane bundle's size (raw and
 * gzipped), time to first render of the browser playground, and tagging 100,000 lines in the
 * playground with the longest main-thread block (PerformanceObserver "longtask" in the page). The
 * pane writes the tags in slices and yields between them, so no block should approach the tagging's
 * total time. Then generating the dashboard and the QC sheet from that sheet (issue 12: computed and
 * planned in a Web Worker, written in pieces) and opening a 100,000-line CSV, with the same measure.
 * Needs /usr/bin/chromium (skipped with a message otherwise).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  browserTestsEnabled,
  buildPlayground,
  bundleSize,
  CHROMIUM,
  CHROMIUM_ARGS,
  scripts,
} from "../e2e/build";
import { serveStatic } from "../e2e/server";
import { makeTable } from "./data";
import { median } from "./util";

const LINES = 100_000;
/** CAOP_BENCH_PANE=generate: only the 100,000-line load, tagging and generations (no first render, no files). */
const ONLY_GENERATE = process.env.CAOP_BENCH_PANE === "generate";
const RENDER_RUNS = 5;

const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

interface LongTask {
  start: number;
  duration: number;
}

/** Collects the page's long tasks (over 50 ms) from the start, in window.__longtasks. */
const OBSERVE_LONG_TASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
`;

async function longTasks(page: Page, from: number): Promise<LongTask[]> {
  return page.evaluate((t0) => {
    const all = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
    return all.filter((x) => x.start + x.duration >= t0);
  }, from);
}

function summary(tasks: LongTask[]): string {
  if (tasks.length === 0) return "no task over 50 ms";
  const longest = Math.max(...tasks.map((t) => t.duration));
  const total = tasks.reduce((s, t) => s + t.duration, 0);
  return `longest main-thread block ${longest.toFixed(0)} ms, ${tasks.length} tasks over 50 ms totalling ${total.toFixed(0)} ms`;
}

/** The bench table as a French CSV export (dd/mm/yyyy dates, "1 234,56" amounts), as accountants receive it. */
function frenchCsv(lines: number): string {
  const t = makeTable(lines);
  const day = (serial: number): string => {
    const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    const two = (n: number): string => String(n).padStart(2, "0");
    return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  };
  const amount = (v: unknown): string =>
    typeof v === "number"
      ? v
          .toFixed(2)
          .replace(".", ",")
          .replace(/\B(?=(\d{3})+(?!\d))/g, " ")
      : String(v);
  const out = [t.headers.join(";")];
  for (const r of t.rows) out.push([day(Number(r[0])), ...r.slice(1, 7).map(String), amount(r[7])].join(";"));
  return out.join("\r\n") + "\r\n";
}

/**
 * Opening a 100,000-line CSV, three ways, each timed from the file's choice to its lines shown as
 * the pane's source, with the longest main-thread block: the playground's own "open" (whole file
 * read on the main thread, the way before the pane could open files), the pane's "Open a file…"
 * without a worker (?worker=0: main-thread chunks) and with its Web Worker.
 */
async function openFileRuns(browser: Browser, url: string, file: string): Promise<void> {
  const ways = [
    { name: "playground open (whole file, main thread, before)", query: "", input: "xlsx-file" },
    { name: "pane Open a file, no worker (main-thread chunks)", query: "&worker=0", input: "source-file" },
    { name: "pane Open a file, Web Worker", query: "", input: "source-file" },
  ];
  for (const way of ways) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${url}playground.html?lang=fr${way.query}`);
    await page.waitForSelector("[data-testid=source-summary]");
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => performance.now());
    await page.getByTestId(way.input).setInputFiles(file);
    await page
      .getByTestId("source-summary")
      .filter({ hasText: "ventes-100000" })
      .waitFor({ timeout: 300_000 });
    await page.waitForSelector("main[aria-busy=false]", { timeout: 300_000 });
    const end = await page.evaluate(() => performance.now());
    console.log(
      `open ventes-100000.csv, ${way.name}: ${(end - start).toFixed(0)} ms to the source step; ${summary(await longTasks(page, start))}`,
    );
    await context.close();
  }
}

/** Times one click until `done` shows, with the main thread's long tasks meanwhile. */
async function timedClick(page: Page, button: string, done: string, what: string): Promise<void> {
  await page.waitForTimeout(500);
  const start = await page.evaluate(() => performance.now());
  await page.getByTestId(button).click();
  await page.getByTestId(done).waitFor({ timeout: 300_000 });
  await page.waitForSelector("main[aria-busy=false]", { timeout: 300_000 });
  const end = await page.evaluate(() => performance.now());
  console.log(`${what}: ${(end - start).toFixed(0)} ms; ${summary(await longTasks(page, start))}`);
}

/**
 * Generating the dashboard and the quarter's QC sheet from the tagged 100,000-line sheet in the
 * playground (memory host): read the sheet, compute, build the plan, write it.
 */
async function generateRuns(page: Page): Promise<void> {
  const lines = LINES.toLocaleString("en");
  await page.getByTestId("tagging-next").click();
  await page.getByTestId("generate").waitFor();
  await timedClick(page, "generate", "dashboard-result", `generate dashboard, ${lines} lines`);
  await page.getByTestId("dashboard-next").click();
  await page.getByTestId("qc-generate").waitFor();
  await timedClick(page, "qc-generate", "qc-result", `generate QC sample, ${lines} lines`);
}

export async function run(): Promise<void> {
  console.log("\n## Task pane");
  if (!browserTestsEnabled("task-pane bench") || !existsSync(CHROMIUM)) return;
  const out = join(process.cwd(), "dist", "bench-taskpane");
  mkdirSync(out, { recursive: true });
  const t = Date.now();
  await buildPlayground(out);
  console.log(`production build of taskpane + playground: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const pane = bundleSize(out, "taskpane.js");
  const play = bundleSize(out, "playground.js");
  console.log(
    `task pane entry taskpane.js: ${kb(pane.bytes)}, gzip ${kb(pane.gzip)}; the rest loads in stages from the chunks below, ${kb(
      scripts(out)
        .filter((f) => !/^(taskpane|playground)\.js$/.test(f))
        .reduce((n, f) => n + bundleSize(out, f).gzip, 0),
    )} gzipped in all, ExcelJS's lazy chunk included (Office's office.js not included)`,
  );
  console.log(
    `playground bundle playground.js: ${kb(play.bytes)}, gzip ${kb(play.gzip)}; lazy chunks: ${scripts(out)
      .filter((f) => !/^(taskpane|playground)\.js$/.test(f))
      .map((f) => `${f} ${kb(bundleSize(out, f).gzip)} gz`)
      .join(", ")}`,
  );

  const server = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const fcp: number[] = [];
    const ready: number[] = [];
    const opening: number[] = [];
    for (let i = 0; i < (ONLY_GENERATE ? 0 : RENDER_RUNS); i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(OBSERVE_LONG_TASKS);
      await page.goto(`${server.url}playground.html`);
      await page.waitForSelector("[data-testid=source-summary]");
      const r = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        ready: performance.now(),
      }));
      fcp.push(r.fcp);
      ready.push(r.ready);
      await page.waitForTimeout(300);
      opening.push(Math.max(0, ...(await longTasks(page, 0)).map((x) => x.duration)));
      await context.close();
    }
    if (!ONLY_GENERATE)
      console.log(
        `playground first render (median of ${RENDER_RUNS}): first contentful paint ${median(fcp).toFixed(0)} ms, sample (478 lines) read, computed and shown ${median(ready).toFixed(0)} ms after navigation; longest main-thread block while opening, each run: ${opening.map((x) => (x === 0 ? "none over 50" : x.toFixed(0))).join(", ")} ms (the code loads in stages: React, the pane's components, the pane)`,
      );

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.goto(`${server.url}playground.html?sample=large&lines=${LINES}`);
    await page.waitForSelector("[data-testid=source-summary]", { timeout: 120_000 });
    const loaded = await page.evaluate(() => performance.now());
    console.log(
      `playground with ${LINES.toLocaleString("en")} lines: generated, read and computed in ${loaded.toFixed(0)} ms; ${summary(await longTasks(page, 0))}`,
    );
    await page.getByTestId("source-next").click();
    await page.getByTestId("mapping-confirm").click();
    await page.getByTestId("tag").waitFor();
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => performance.now());
    await page.getByTestId("tag").click();
    await page.getByText("Lignes marquées.").waitFor({ timeout: 300_000 });
    const end = await page.evaluate(() => performance.now());
    const tasks = await longTasks(page, start);
    console.log(
      `tagging ${LINES.toLocaleString("en")} lines (engine + OP/Motif/Contribution/Mois columns in slices of 5,000 + summary): ${(end - start).toFixed(0)} ms; ${summary(tasks)}`,
    );
    await generateRuns(page);
    await context.close();

    if (ONLY_GENERATE) return;
    const csv = join(out, "ventes-100000.csv");
    writeFileSync(csv, frenchCsv(LINES));
    await openFileRuns(browser, server.url, csv);
  } finally {
    await browser.close();
    await server.close();
  }
}
