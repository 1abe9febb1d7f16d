/**
 * The quarterly quality-control sheet (SPEC 6): a reproducible random sample of 5 % of the quarter's
 * lines (at least one of every status, drawn by the engine's qcSample), the reviewer's verdict
 * (drop-down Oui/Non) and comment, and the error rate as a live formula. Verdicts already typed are
 * kept when the sheet is regenerated.
 */
import { cellText } from "../core/cells";
import type { EngineResult } from "../core/engine";
import { readDate } from "../core/dates";
import type { Lang } from "../core/types";
import { fill, messages } from "../i18n";
import { quarterRange } from "../core/periods";
import { qcSample, seedOf } from "../core/qc";
import { a1, range } from "../sheet/a1";
import { COLORS, COUNT_FORMAT, RATE_FORMAT, STYLES, centsFormat } from "./formats";
import { emptySheet, type PlanCell, type SheetPlan } from "../sheet/plan";
import { diagnosticsByRow, lineReason, lineStatus, taggedContribution, type DataRefs } from "./tagging";

/** The sample table's columns (French; `messages(lang).qc.headers` in any language). */
export const QC_HEADERS = messages("fr").qc.headers;

/** Fixed rows of the QC sheet. */
export const QC_ROWS = { title: 1, subtitle: 2, summary: 4, header: 11, first: 12 } as const;

/** A reviewer's verdict kept from a previous QC sheet, by data row number. */
export interface Verdict {
  verdict: string;
  comment: string;
  /** Label of the line when the verdict was given (a verdict follows its line, not a row that changed). */
  label: string;
}

/** What the QC sheet needs. */
export interface QcInput {
  key: string;
  name: string;
  quarter: string;
  result: EngineResult;
  refs: DataRefs;
  /** Sheet row of each engine line index (tagged data). */
  rowOf: (i: number) => number;
  rate?: number;
  previous?: ReadonlyMap<number, Verdict>;
  /** Language of the titles, labels, headers, statuses and reasons (default fr); formulas and the Oui/Non verdicts are the same. */
  lang?: Lang;
}

/** The sample's line indexes and the numbers the sheet's formulas must show. */
export interface QcModel {
  from: number;
  to: number;
  seed: number;
  population: number;
  sample: number[];
  checked: number;
  errors: number;
  errorRate: number | null;
  statuses: string[];
}

/** Draws the quarter's sample with the engine (seed from the quarter label: same data → same lines). */
export function qcModel(
  result: EngineResult,
  quarter: string,
  rate = 0.05,
  verdictOf: (i: number) => string = () => "",
  lang: Lang = "fr",
): QcModel {
  const [from, to] = quarterRange(quarter);
  const seed = seedOf(quarter.trim().toUpperCase());
  const sample = qcSample(result, { from, to, rate, seed });
  let population = 0;
  for (let i = 0; i < result.lines.count; i++) {
    const p = result.lines.period[i];
    if (p >= from && p <= to && taggedContribution(result, i) !== null) population++;
  }
  const verdicts = sample.map(verdictOf);
  const checked = verdicts.filter((v) => v === "Oui" || v === "Non").length;
  const errors = verdicts.filter((v) => v === "Non").length;
  const statuses = [...new Set(sample.map((i) => lineStatus(result, i, lang)))].sort();
  return {
    from,
    to,
    seed,
    population,
    sample,
    checked,
    errors,
    errorRate: checked === 0 ? null : errors / checked,
    statuses,
  };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Builds the QC sheet plan; returns it with its model (the values the formulas must show). */
export function qcSheet(input: QcInput): { sheet: SheetPlan; model: QcModel } {
  const { result } = input;
  const lang = input.lang ?? "fr";
  const map = result.mapping;
  const text = (i: number, c: number | undefined): string =>
    c === undefined ? "" : cellText(result.table.rows[i]?.[c]);
  const prev = (i: number): Verdict | undefined => {
    const v = input.previous?.get(input.rowOf(i));
    return v && v.label === text(i, map.label) ? v : undefined;
  };
  const model = qcModel(result, input.quarter, input.rate ?? 0.05, (i) => prev(i)?.verdict ?? "", lang);
  const s = emptySheet(input.key, input.name);
  s.tabColor = COLORS.tab;
  const first = QC_ROWS.first;
  const last = first + Math.max(model.sample.length, 1) - 1;
  summaryBlocks(s, input, model, lang, last);
  const rows: PlanCell[][] = sampleRows(input, model, lang, text, prev);
  if (rows.length > 0) s.blocks.push({ row: first, col: 1, cells: rows });
  else s.blocks.push({ row: first, col: 1, cells: [[messages(lang).qc.noLines]] });
  qcFormats(s, input, lang, last);
  return { sheet: s, model };
}

/** Title, subtitle, the summary block (live counts and error rate) and the header row. */
function summaryBlocks(s: SheetPlan, input: QcInput, model: QcModel, lang: Lang, last: number): void {
  const t = messages(lang).qc;
  const R = QC_ROWS;
  const first = R.first;
  const V = `$I$${first}:$I$${last}`;
  const rate = ((input.rate ?? 0.05) * 100).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB");
  s.blocks.push({ row: R.title, col: 1, cells: [[fill(t.title, { quarter: input.quarter })]] });
  s.blocks.push({ row: R.subtitle, col: 1, cells: [[fill(t.subtitle, { rate, seed: model.seed })]] });
  const [population, drawn, checked, errors, errorRate, statuses] = t.summary;
  s.blocks.push({
    row: R.summary,
    col: 1,
    cells: [
      [population, null, null, model.population],
      [drawn, null, null, { formula: `=COUNT($A$${first}:$A$${last})`, value: model.sample.length }],
      [checked, null, null, { formula: `=COUNTIF(${V},"Oui")+COUNTIF(${V},"Non")`, value: model.checked }],
      [errors, null, null, { formula: `=COUNTIF(${V},"Non")`, value: model.errors }],
      [errorRate, null, null, { formula: `=IFERROR(D7/D6,"n/d")`, value: model.errorRate ?? "n/d" }],
      [statuses, null, null, model.statuses.join(", ")],
    ],
  });
  s.blocks.push({ row: R.header, col: 1, cells: [[...t.headers]] });
}

/** One row per drawn line: where it is, what it says, how CA OP classed it, the verdict kept. */
function sampleRows(
  input: QcInput,
  model: QcModel,
  lang: Lang,
  text: (i: number, c: number | undefined) => string,
  prev: (i: number) => Verdict | undefined,
): PlanCell[][] {
  const { result, refs } = input;
  const map = result.mapping;
  const amountCol = map.amount ?? map.net_amount ?? map.credit;
  // Dates as the reviewer reads them (31/01/2025), whatever form the data had (serials included).
  const dateText = (i: number): string => {
    const v = map.date === undefined ? undefined : result.table.rows[i]?.[map.date];
    const d = readDate(v, result.dateOrder, result.table.date1904 ?? false);
    return d ? `${pad2(d.d)}/${pad2(d.m)}/${d.y}` : text(i, map.date);
  };
  const byRow = diagnosticsByRow(result);
  return model.sample.map((i) => {
    const row = input.rowOf(i);
    const c = taggedContribution(result, i);
    const p = prev(i);
    return [
      row,
      dateText(i),
      text(i, map.account),
      text(i, map.label),
      text(i, amountCol),
      { formula: `=${refs.cell("contribution", row)}`, value: c === null ? 0 : c.toNumber() },
      lineStatus(result, i, lang),
      lineReason(result, i, byRow, lang),
      p?.verdict || null,
      p?.comment || null,
    ];
  });
}

/** The Oui/Non drop-down, formats, merges, widths, freeze panes and print setup. */
function qcFormats(s: SheetPlan, input: QcInput, lang: Lang, last: number): void {
  const R = QC_ROWS;
  const first = R.first;
  s.validations.push({
    range: range(first, 9, last, 9),
    list: ["Oui", "Non"],
    prompt: messages(lang).qc.prompt,
  });
  s.formats.push(
    { range: range(R.title, 1, R.title, 1), style: STYLES.title },
    { range: range(R.subtitle, 1, R.subtitle, 10), style: { ...STYLES.subtitle, wrap: true } },
    { range: range(R.summary, 1, R.summary + 5, 1), style: STYLES.label },
    { range: range(R.summary, 4, R.summary + 3, 4), numberFormat: COUNT_FORMAT, style: STYLES.right },
    { range: a1(R.summary + 4, 4), numberFormat: RATE_FORMAT, style: { ...STYLES.total, hAlign: "right" } },
    { range: range(first, 5, last, 5), style: STYLES.right },
    { range: range(R.header, 1, R.header, 10), style: STYLES.header },
    { range: range(first, 6, last, 6), numberFormat: centsFormat(input.result.currency) },
    { range: range(first, 9, last, 10), style: STYLES.input },
  );
  s.merges.push(
    range(R.title, 1, R.title, 10),
    range(R.subtitle, 1, R.subtitle, 10),
    range(R.summary + 5, 4, R.summary + 5, 10),
  );
  for (let k = 0; k < 6; k++) s.merges.push(range(R.summary + k, 1, R.summary + k, 3));
  s.conditionalFormats.push({
    range: range(first, 9, last, 9),
    rule: { type: "formula", formula: `$I${first}="Non"` },
    style: { fill: COLORS.alertFill, fontColor: COLORS.alertFont, bold: true },
  });
  [8, 12, 10, 32, 14, 16, 24, 48, 12, 30].forEach((w, i) => s.columns.push({ col: i + 1, width: w }));
  s.freeze = { rows: R.header, cols: 0 };
  s.rowHeights.push(
    { row: R.title, height: 22 },
    { row: R.subtitle, height: 30 },
    { row: R.header, height: 30 },
  );
  s.print = {
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: range(1, 1, last, 10),
    printTitleRows: `${R.header}:${R.header}`,
  };
}
