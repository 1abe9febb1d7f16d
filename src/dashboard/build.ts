/**
 * Whole plans from an engine result: the tagging of the data sheet, the detail sheets, the dashboard
 * (dashboardPlan) or the quarterly QC sheet (qcPlan). Pure: the sheet list and the previous inputs
 * (Objectif, verdicts) are read by the caller through the WorkbookPort.
 */
import { fieldColumn, groupBy, type GroupRow } from "../core/aggregate";
import type { EngineResult } from "../core/engine";
import { fiscalMonths } from "../core/periods";
import { DEFAULT_RULES } from "../core/rules";
import type { CaopSettings } from "../core/settings";
import type { Lang } from "../core/types";
import { fill, formatBoth, messages as catalogue } from "../i18n";
import type { SheetInfo } from "../sheet/port";
import { colLetter } from "../sheet/a1";
import { dashboardSheet } from "./dashboard";
import { detailSheet, type DetailSheet } from "./detail";
import { dashboardModel, lastDataMonth, type DashboardModel } from "./model";
import { SHEET_NAMES, qcSheetName, resolveSheetName } from "../sheet/names";
import type { PlanMessage, WorkbookPlan } from "../sheet/plan";
import { qcSheet, type QcModel, type Verdict } from "./qc";
import { dataRefs, taggingSheet, type DataLayout } from "./tagging";

/**
 * Detail sheets the product makes, when their field is mapped: key, field, sheet name (French in
 * every language: a sheet is found again by its mark, but links and users know these names) and
 * the column label (French; `messages(lang).detail.fields` in the sheet's language).
 */
export const DETAIL_FIELDS: readonly {
  field: "salesperson" | "segment" | "product" | "client";
  name: string;
  label: string;
}[] = [
  { field: "salesperson", name: "CA OP par commercial", label: "Commercial" },
  { field: "segment", name: "CA OP par segment", label: "Segment" },
  { field: "product", name: "CA OP par produit", label: "Produit" },
  { field: "client", name: "CA OP par client", label: "Client" },
];

/** What every plan builder needs. */
export interface PlanInput {
  result: EngineResult;
  layout: DataLayout;
  sheets: readonly SheetInfo[];
  settings: CaopSettings;
  now: Date;
  /** Language of the sheets' headers, labels, alerts and audit block (default fr); formulas are the same. */
  lang?: Lang;
}

/** Dashboard plan inputs. */
export interface DashboardPlanInput extends PlanInput {
  /** Objectif per month key read from the existing dashboard. */
  objectives: ReadonlyMap<number, number>;
}

/** Description of the tagged columns for the audit trail: « colonnes K:N de « Ventes » ». */
export function taggedColumnsText(layout: DataLayout, lang: Lang = "fr"): string {
  return fill(catalogue(lang).tagging.columns, {
    range: `${colLetter(layout.op)}:${colLetter(layout.month)}`,
    sheet: layout.sheet,
  });
}

/** Builds the full dashboard plan: tagging, detail sheets, dashboard. */
export function dashboardPlan(input: DashboardPlanInput): { plan: WorkbookPlan; model: DashboardModel } {
  const { result, layout, settings } = input;
  const lang = input.lang ?? "fr";
  const messages: PlanMessage[] = [];
  const taken = new Set<string>([layout.sheet.toLowerCase()]);
  const refs = dataRefs(layout);
  const segmentColumn = fieldColumn(result, settings.segmentField);
  const model = dashboardModel(result, {
    year: settings.year,
    startMonth: settings.fiscalYearStartMonth,
    segmentColumn,
    objectives: input.objectives,
    alerts: settings.alerts,
  });
  const months = fiscalMonths(model.year, model.startMonth);
  const dashName = resolveSheetName("dashboard", SHEET_NAMES.dashboard, input.sheets, taken, messages);

  // Detail sheets: the segment field (with variations) and each other mapped field, one per column.
  const details: { field: string; detail: DetailSheet; groups: GroupRow[]; column: number; label: string }[] =
    [];
  const done = new Set<number>();
  const wanted: { key: string; name: string; label: string; column: number; variations: boolean }[] = [];
  for (const d of DETAIL_FIELDS) {
    const isSegment = d.field === "segment";
    const column = isSegment ? segmentColumn : result.mapping[d.field];
    if (column === undefined || done.has(column)) continue;
    done.add(column);
    const header = result.table.headers[column] ?? d.label;
    const custom = isSegment && settings.segmentField !== "segment";
    wanted.push({
      key: `detail:${d.field}`,
      name: custom ? `CA OP par ${header.toLowerCase()}` : d.name,
      label: custom ? header : catalogue(lang).detail.fields[d.field],
      column,
      variations: isSegment,
    });
  }
  for (const w of wanted) {
    const name = resolveSheetName(w.key, w.name, input.sheets, taken, messages);
    const groups = w.variations && model.segments ? model.segments : groupBy(result, w.column);
    details.push({
      field: w.key,
      groups,
      column: w.column,
      label: w.label,
      detail: detailSheet({
        key: w.key,
        name,
        fieldLabel: w.label,
        column: w.column,
        groups,
        months,
        year: model.year,
        result,
        refs,
        currency: result.currency,
        variations: w.variations ? settings.alerts : undefined,
        lastMonth: lastDataMonth(result),
        dashboard: dashName,
        lang,
      }),
    });
  }
  const seller = details.find((d) => d.field === "detail:salesperson");
  const segmentLabel = wanted.find((w) => w.variations)?.label ?? null;
  const dashboard = dashboardSheet(model, {
    name: dashName,
    refs,
    currency: result.currency,
    sellerLink: seller
      ? (m) => ({ sheet: seller.detail.sheet.name, cell: seller.detail.monthCell(m) })
      : null,
    sellers: seller
      ? {
          label: seller.label,
          column: seller.column,
          groups: seller.groups,
          detail: { sheet: seller.detail.sheet.name, rowCell: seller.detail.rowCell },
          result,
        }
      : null,
    segmentLabel,
    lang,
    audit: {
      generatedAt: input.now,
      source: sourceText(result, lang),
      taggedColumns: taggedColumnsText(layout, lang),
      ruleSetVersion: (settings.rules ?? DEFAULT_RULES).version,
      strict: result.strict,
      lines: result.totals.lines,
      ignored: result.ignored,
      excluded: result.totals.excluded,
      toReview: result.totals.to_review,
      detailSheets: details.map((d) => d.detail.sheet.name),
    },
  });
  if (!seller) {
    messages.push({ level: "info", code: "no_salesperson", ...formatBoth("no_salesperson") });
  }
  return {
    plan: {
      sheets: [taggingSheet(result, layout, "data", lang), ...details.map((d) => d.detail.sheet), dashboard],
      messages,
      activate: dashName,
    },
    model,
  };
}

/** QC plan inputs. */
export interface QcPlanInput extends PlanInput {
  quarter: string;
  previous?: ReadonlyMap<number, Verdict>;
}

/** Builds the QC plan: tagging (the sample's contributions point at it) and the quarter's QC sheet. */
export function qcPlan(input: QcPlanInput): { plan: WorkbookPlan; model: QcModel } {
  const { result, layout } = input;
  const messages: PlanMessage[] = [];
  const taken = new Set<string>([layout.sheet.toLowerCase()]);
  const key = `qc:${input.quarter.trim().toUpperCase()}`;
  const name = resolveSheetName(
    key,
    qcSheetName(input.quarter.trim().toUpperCase()),
    input.sheets,
    taken,
    messages,
  );
  const { sheet, model } = qcSheet({
    key,
    name,
    quarter: input.quarter.trim().toUpperCase(),
    result,
    refs: dataRefs(layout),
    rowOf: (i) => result.lines.rowNumber[i],
    previous: input.previous,
    lang: input.lang,
  });
  const tagging = taggingSheet(result, layout, "data", input.lang);
  return { plan: { sheets: [tagging, sheet], messages, activate: name }, model };
}

/** "Ventes!A1:H685 (684 lignes)": where the numbers come from. */
export function sourceText(result: EngineResult, lang: Lang = "fr"): string {
  return fill(catalogue(lang).tagging.source, {
    source: result.table.source,
    count: result.table.rows.length,
  });
}
