/**
 * The pure part of a generation: the data sheet's table located, computed by the engine and turned
 * into the dashboard's or the QC sheet's plan. generate.ts runs it between its reads and its write;
 * the task pane runs it in a Web Worker (src/taskpane/generate/), the workbook staying on the main thread.
 */
import { compute, type EngineResult } from "../core/engine";
import { engineOptions, type CaopSettings } from "../core/settings";
import type { CellValue, Lang, RawTable } from "../core/types";
import { DETAIL_FIELDS, dashboardPlan, qcPlan } from "../dashboard/build";
import type { DashboardModel } from "../dashboard/model";
import type { QcModel, Verdict } from "../dashboard/qc";
import { locateTable, type LocatedTable } from "../dashboard/tagging";
import type { WorkbookPlan } from "../sheet/plan";
import type { SheetInfo } from "../sheet/port";

/** What a generation needs besides the table's rows: the same inputs generateDashboard / generateQc use. */
interface JobBase {
  /** The data sheet's name. */
  sheet: string;
  /** The table as read, without its rows (they travel apart, in batches). */
  table: Omit<RawTable, "rows">;
  settings: CaopSettings;
  sheets: SheetInfo[];
  now: Date;
  lang: Lang;
}

/** A dashboard generation, with the Objectif values typed on the existing dashboard. */
export interface DashboardJob extends JobBase {
  kind: "dashboard";
  objectives: Map<number, number>;
}

/** A QC generation for a quarter, with the verdicts already typed on its sheet. */
export interface QcJob extends JobBase {
  kind: "qc";
  quarter: string;
  previous?: Map<number, Verdict>;
}

export type GenerationJob = DashboardJob | QcJob;

/** What the pure part gives: the located table, the engine's result, the plan and the sheet's model. */
export interface JobOutput<M> {
  located: LocatedTable;
  result: EngineResult;
  plan: WorkbookPlan;
  model: M;
}

/** Locates, computes and plans, exactly as generateDashboard / generateQc do between their reads and the write. */
export function runJob(job: DashboardJob, rows: CellValue[][]): JobOutput<DashboardModel>;
export function runJob(job: QcJob, rows: CellValue[][]): JobOutput<QcModel>;
export function runJob(job: GenerationJob, rows: CellValue[][]): JobOutput<DashboardModel | QcModel>;
export function runJob(job: GenerationJob, rows: CellValue[][]): JobOutput<DashboardModel | QcModel> {
  const located = locateTable({ ...job.table, rows }, job.sheet);
  // The dashboard's detail sheets group by these fields: their group ids are read in the engine's pass.
  const groupColumns = job.kind === "dashboard" ? DETAIL_FIELDS.map((d) => d.field) : [];
  const result = compute(located.table, { ...engineOptions(job.settings), groupColumns });
  const common = {
    result,
    layout: located.layout,
    sheets: job.sheets,
    settings: job.settings,
    now: job.now,
    lang: job.lang,
  };
  const { plan, model } =
    job.kind === "dashboard"
      ? dashboardPlan({ ...common, objectives: job.objectives })
      : qcPlan({ ...common, quarter: job.quarter, previous: job.previous });
  return { located, result, plan, model };
}
