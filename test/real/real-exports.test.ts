/**
 * Issue 9: each real-export fixture read by the project's reader and computed by compute(), then
 * run through the built CLI (`caop compute FILE --json`), must give the accountant's figures of
 * expected.ts, and the reading and diagnostics where expected.ts states them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { confirmedMapping, mappingView } from "../../src/taskpane/logic/mapping";
import { readTableFile } from "../../src/workbook/readers";
import { EXPECTED, type Expected } from "./expected";

const root = join(__dirname, "..", "..");
const fixture = (f: string): string => join(root, "test", "fixtures", "real", f);
const REASONS = ["asset_disposal", "subsidy", "financial", "exceptional", "tax_credit", "non_core"] as const;

/** The part of the SPEC 9 JSON these tests look at. */
interface Json {
  caop: string;
  gross_sales: string;
  deductions: Record<string, string>;
  excluded: Record<string, { count: number; amount: string }>;
  to_review: { count: number; amount: string };
  ignored?: { count: number; amount: string };
  months: { period: string; caop: string }[];
  diagnostics: { row: number; column: string; code: string }[];
  mapping: Record<string, string>;
  reading?: Record<string, unknown>;
}

/** Compares one JSON result with its expectation: figures always, the rest where stated. */
function check(j: Json, e: Expected): void {
  const excluded = Object.fromEntries(REASONS.map((r) => [r, e.excluded[r] ?? { count: 0, amount: "0.00" }]));
  expect({
    caop: j.caop,
    gross_sales: j.gross_sales,
    deductions: j.deductions,
    excluded: j.excluded,
    to_review_count: j.to_review.count,
  }).toEqual({
    caop: e.caop,
    gross_sales: e.gross_sales,
    deductions: e.deductions,
    excluded,
    to_review_count: e.to_review.count,
  });
  if (e.to_review.amount !== undefined) expect(j.to_review.amount).toBe(e.to_review.amount);
  if (e.ignored) expect(j.ignored?.count).toBe(e.ignored.count);
  if (e.months) {
    expect(Object.fromEntries(j.months.map((m) => [m.period, m.caop]))).toEqual(e.months);
  }
  if (e.reading?.date !== undefined) expect(j.mapping.date).toBe(e.reading.date);
  if (e.reading) expect(j.reading).toMatchObject(e.reading);
  for (const d of e.diagnostics ?? []) {
    expect(j.diagnostics).toContainEqual(expect.objectContaining(d));
  }
  if (e.onlyListedDiagnostics) {
    const allowed = new Set((e.diagnostics ?? []).map((d) => d.code));
    expect(j.diagnostics.map((d) => d.code).filter((c) => !allowed.has(c))).toEqual([]);
  }
}

describe("real exports through readTableFile + compute()", () => {
  it.each(EXPECTED.map((e) => [e.pattern, e] as const))("%s", async (_p, e) => {
    const table = await readTableFile(fixture(e.file));
    const j = JSON.parse(JSON.stringify(toJson(compute(table)))) as Json;
    check(j, e);
  });
});

describe("real exports in the add-in once its mapping is confirmed (stored, shared with the functions)", () => {
  // The confirmed mapping names every detected field: what the data proves must still be read so,
  // else a function or the pane would disagree with the CLI on the same table.
  it.each(EXPECTED.map((e) => [e.pattern, e] as const))("%s", async (_p, e) => {
    const table = await readTableFile(fixture(e.file));
    const mapping = confirmedMapping(mappingView(table.headers, {}), table.headers);
    const j = JSON.parse(JSON.stringify(toJson(compute(table, { mapping, mappingConfirmed: true })))) as Json;
    check(j, e);
  });
});

describe("real exports through the CLI (caop compute FILE --json)", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { cwd: root });
  });

  it.each(EXPECTED.map((e) => [e.pattern, e] as const))("%s", (_p, e) => {
    const r = spawnSync(
      process.execPath,
      [join(root, "bin", "caop.js"), "compute", fixture(e.file), "--json"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    check(JSON.parse(r.stdout) as Json, e);
  });
});
