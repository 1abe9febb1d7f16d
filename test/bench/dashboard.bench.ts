/**
 * Dashboard benchmark (issue 5): plan for 24 months × 200 segments × 50 salespeople, `caop dashboard`
 * end to end on a 100,000-line CSV, and the Office host's sync count and request sizes for that plan
 * on the mock Excel.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDashboard } from "../../src/cli/dashboard";
import { compute } from "../../src/core/engine";
import { defaultSettings } from "../../src/core/settings";
import { dashboardPlan } from "../../src/dashboard/build";
import { generateDashboard } from "../../src/app/generate";
import { planCells } from "../../src/workbook/guard";
import { OfficeHost } from "../../src/workbook/office";
import { readCsv } from "../../src/workbook/readers/csv";
import { locateTable } from "../../src/dashboard/tagging";
import { ledgerCsv, ledgerRows } from "../fixtures/dashboard-ledger";
import { MockExcel } from "../workbook/mockExcel";
import { median, time } from "./util";

const SHAPE = { months: 24, segments: 200, salespeople: 50, lines: 100_000 };

export async function run(): Promise<void> {
  console.log(
    `\n== dashboard: ${SHAPE.months} months × ${SHAPE.segments} segments × ${SHAPE.salespeople} salespeople, ${SHAPE.lines} lines`,
  );
  const csv = ledgerCsv(SHAPE);
  const raw = readCsv(new TextEncoder().encode(csv), { source: "bench.csv" });
  const { table, layout } = locateTable(raw, "Ventes");
  const settings = defaultSettings();
  const result = compute(table);
  const build = () =>
    dashboardPlan({
      result,
      layout,
      sheets: [{ name: "Ventes" }],
      settings,
      now: new Date(),
      objectives: new Map(),
    });
  const { plan } = build();
  const planMs = median(time(5, build));
  const cells = planCells(plan);
  const dashOnly = plan.sheets.filter((s) => s.role === "product");
  console.log(
    `plan (tagging + ${dashOnly.length} product sheets, ${cells.toLocaleString("en")} cells): median ${planMs.toFixed(0)} ms of 5 ` +
      `(engine compute alone: ${median(time(3, () => compute(table))).toFixed(0)} ms)`,
  );

  // caop dashboard end to end: read CSV, compute, plan, write the .xlsx with ExcelJS.
  const dir = mkdtempSync(join(tmpdir(), "caop-bench-"));
  try {
    const file = join(dir, "ventes.csv");
    writeFileSync(file, csv);
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    const t0 = process.hrtime.bigint();
    const code = await runDashboard({ file, out: join(dir, "tdb.xlsx") }, quiet);
    const cliMs = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(
      `caop dashboard on ${SHAPE.lines.toLocaleString("en")} lines (CSV → .xlsx): ${(cliMs / 1000).toFixed(1)} s, exit ${code}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Office host on the mock: syncs and request sizes for the same plan (tagging included).
  const excel = new MockExcel();
  excel.addSheet("Ventes", ledgerRows(SHAPE));
  const host = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  const before = excel.syncs;
  const t1 = process.hrtime.bigint();
  await generateDashboard(host, { settings, sheet: "Ventes" });
  const officeMs = Number(process.hrtime.bigint() - t1) / 1e6;
  const applied = host.lastSyncs;
  console.log(
    `Office host (mock): applyPlan ${applied} syncs (${excel.syncs - before} with the data read), ` +
      `largest request ${(Math.max(...excel.requests) / 1048576).toFixed(2)} MB, total ${(excel.requests.reduce((a, b) => a + b, 0) / 1048576).toFixed(1)} MB, ${(officeMs / 1000).toFixed(1)} s on the mock`,
  );
  // Without the 100,000 tag rows the plan is small: its sync count does not depend on months or segments.
  const small = new MockExcel();
  small.addSheet("Ventes", ledgerRows({ ...SHAPE, lines: 4800 }));
  const smallHost = new OfficeHost({ run: small.run, isSetSupported: small.isSetSupported });
  await generateDashboard(smallHost, { settings, sheet: "Ventes" });
  console.log(
    `Office host (mock), same months × segments × salespeople on 4,800 lines: applyPlan ${smallHost.lastSyncs} syncs`,
  );
}

if (require.main === module) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
