/**
 * The dashboard sheet "Tableau de bord CA OP" (SPEC 5): the template's eight columns, one row per
 * month of the fiscal year and a year-to-date row, live formulas over the tagged data (SUMIFS on
 * `Contribution CA OP` by `Mois CA OP`), hidden helper columns holding the month keys and the M-1 /
 * N-1 references, the alerts block, the audit block, conditional formats, chart, print setup.
 */
import { EXCLUDED_REASONS, type ExcludedReason } from "../core/types";
import { SCOPE_LABELS } from "../core/labels";
import { MONTH_NAMES } from "../core/dates";
import { monthName } from "../core/periods";
import { formatVariationFr } from "../core/variations";
import type { Lang } from "../core/types";
import { fill, messages } from "../i18n";
import type { DashboardTexts } from "../i18n/types";
import type Decimal from "decimal.js";
import { a1, colLetter, range } from "../sheet/a1";
import { COLORS, INTEGER_FORMAT, PERCENT_FORMAT, STYLES, moneyFormat, COUNT_FORMAT } from "./formats";
import { alertsBySegment, type DashboardModel } from "./model";
import { emptySheet, type PlanCell, type PlanFormula, type SheetPlan } from "../sheet/plan";
import type { DataRefs } from "./tagging";
import { sellersBlock, type SellerInput } from "./sellers";

/** The template's columns, exactly (SPEC 5), in French; `messages(lang).dashboard.headers` in any language. */
export const DASHBOARD_HEADERS = messages("fr").dashboard.headers;

/** Hidden helper columns (J..P): month keys and references the formulas read (French). */
export const HELPER_HEADERS = messages("fr").dashboard.helperHeaders;

/** Fixed positions of the dashboard (1-based). */
export const DASH = {
  titleRow: 1,
  subtitleRow: 2,
  headerRow: 4,
  firstRow: 5,
  col: { period: 1, caop: 2, mom: 3, yoy: 4, top: 5, seller: 6, target: 7, gap: 8 },
  helper: { key: 10, prevKey: 11, yoyKey: 12, lines: 13, prev: 14, yoy: 15, yoyToDate: 16 },
} as const;

/** Text and links the dashboard needs from around it. */
export interface DashboardContext {
  name: string;
  refs: DataRefs;
  currency: string;
  /** Where "Voir détail onglet" points for a month, or null when no salesperson column is mapped. */
  sellerLink: ((month: number) => { sheet: string; cell: string }) | null;
  /** The salesperson field for the "CA OP par commercial" block, null when not mapped. */
  sellers?: SellerInput | null;
  /** Segment field label for the alerts block ("Segment"), null when not mapped. */
  segmentLabel: string | null;
  audit: AuditInfo;
  /** Language of the headers, labels, alerts and audit block (default fr); formulas are the same. */
  lang?: Lang;
}

/** The audit trail printed on the sheet. */
export interface AuditInfo {
  generatedAt: Date;
  source: string;
  taggedColumns: string;
  ruleSetVersion: string;
  strict: boolean;
  lines: number;
  ignored: { count: number; amount: Decimal };
  excluded: Record<ExcludedReason, { count: number; amount: Decimal }>;
  toReview: { count: number; amount: Decimal };
  detailSheets: string[];
}

/** What a variation without a base shows, in the formulas too (the same in every language). */
const ND = "n/d";

function num(d: Decimal | null): number | string {
  return d === null ? ND : d.toNumber();
}

/**
 * The generation stamp of the audit block in local time, as the sheet's language writes dates:
 * "04/03/2025 10:22" (fr), "4 Mar 2025 10:22" (en, no day/month ambiguity).
 */
export function stamp(d: Date, lang: Lang = "fr"): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`;
  if (lang === "en") return `${d.getDate()} ${MONTH_NAMES[d.getMonth()].en} ${d.getFullYear()} ${time}`;
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${time}`;
}

/** A variation as text in a language: "−5,6 %" (fr), "−5.6%" (en). */
function formatVariation(v: Decimal, lang: Lang): string {
  const fr = formatVariationFr(v);
  return lang === "fr" ? fr : fr.replace(",", ".").replace(" %", "%");
}

/** Where the parts of the dashboard go, and what they are written with. */
interface Layout {
  s: SheetPlan;
  model: DashboardModel;
  ctx: DashboardContext;
  lang: Lang;
  t: DashboardTexts;
  first: number;
  lastMonth: number;
  /** The year-to-date row. */
  T: number;
}

/** Builds the dashboard sheet plan from the model and its context. */
export function dashboardSheet(model: DashboardModel, ctx: DashboardContext): SheetPlan {
  const s = emptySheet("dashboard", ctx.name);
  s.tabColor = COLORS.title;
  const lang = ctx.lang ?? "fr";
  const first = DASH.firstRow;
  const lastMonth = first + model.months.length - 1;
  const L: Layout = { s, model, ctx, lang, t: messages(lang).dashboard, first, lastMonth, T: lastMonth + 1 };
  titleBlocks(L);
  monthRows(L);
  yearToDateRow(L);
  const { helper } = DASH;
  const afterSellers = sellersBlock(
    {
      s,
      model,
      refs: ctx.refs,
      currency: ctx.currency,
      lang,
      fy: fiscalYearText(model, lang),
      first,
      lastMonth,
      T: L.T,
      helper: { key: helper.key, yoyKey: helper.yoyKey, lines: helper.lines, yoyToDate: helper.yoyToDate },
    },
    ctx.sellers ?? null,
    L.T + 2,
  );
  const afterAlerts = alertsBlock(L, afterSellers + 1);
  const { row, exclHeader } = auditBlock(L, afterAlerts + 1);
  const chartEnd = chart(L, row);
  // The print area runs to the chart's last row: what is outside it (the chart) would not print.
  layoutFormats(L, exclHeader, chartEnd);
  return s;
}

/** The fiscal year as titles write it: "2025", or "2025-2026 (avril – mars)". */
function fiscalYearText(model: DashboardModel, lang: Lang): string {
  return model.startMonth === 1
    ? String(model.year)
    : `${model.year}-${model.year + 1} (${monthName(model.months[0].key, lang)} – ${monthName(model.months[11].key, lang)})`;
}

/** Title, subtitle and the header rows of the table and of the hidden helper columns. */
function titleBlocks({ s, model, ctx, lang, t }: Layout): void {
  const fy = fiscalYearText(model, lang);
  s.blocks.push({ row: DASH.titleRow, col: 1, cells: [[fill(t.title, { fy })]] });
  s.blocks.push({ row: DASH.subtitleRow, col: 1, cells: [[fill(t.subtitle, { currency: ctx.currency })]] });
  s.blocks.push({ row: DASH.headerRow, col: 1, cells: [[...t.headers]] });
  s.blocks.push({ row: DASH.headerRow, col: DASH.helper.key, cells: [[...t.helperHeaders]] });
}

/** One row per month: the eight columns and the hidden helpers the formulas read. */
function monthRows({ s, model, ctx, lang, t, first }: Layout): void {
  const contribution = ctx.refs.contribution;
  const keys = ctx.refs.month;
  const rows: PlanCell[][] = [];
  const helpers: PlanCell[][] = [];
  model.months.forEach((m, i) => {
    const R = first + i;
    const f = (formula: string, value: number | string): PlanFormula => ({ formula, value });
    const link = ctx.sellerLink ? ctx.sellerLink(m.key) : null;
    rows.push([
      monthName(m.key, lang),
      f(`=SUMIFS(${contribution},${keys},$J${R})`, m.caop.toNumber()),
      f(`=IF($M${R}=0,"${ND}",IFERROR(($B${R}-$N${R})/ABS($N${R}),"${ND}"))`, num(m.mom)),
      f(`=IF($M${R}=0,"${ND}",IFERROR(($B${R}-$O${R})/ABS($O${R}),"${ND}"))`, num(m.yoy)),
      m.lines === 0 ? "" : m.top3.join(", "),
      link ? { text: t.seeDetail, link } : "—",
      m.objective,
      f(`=IF($M${R}=0,"${ND}",IFERROR(($B${R}-$G${R})/$G${R},"${ND}"))`, num(m.gap)),
    ]);
    helpers.push([
      m.key,
      m.prevKey,
      m.yoyKey,
      f(`=COUNTIF(${keys},$J${R})`, m.lines),
      f(`=SUMIFS(${contribution},${keys},$K${R})`, m.prevCaop.toNumber()),
      f(`=SUMIFS(${contribution},${keys},$L${R})`, m.yoyCaop.toNumber()),
      f(`=IF($M${R}>0,$O${R},0)`, m.lines > 0 ? m.yoyCaop.toNumber() : 0),
    ]);
  });
  s.blocks.push({ row: first, col: 1, cells: rows });
  s.blocks.push({ row: first, col: DASH.helper.key, cells: helpers });
}

/** The year-to-date row and its helpers. */
function yearToDateRow({ s, model, ctx, t: texts, first, lastMonth, T }: Layout): void {
  const t = model.total;
  const span = (c: string): string => `${c}${first}:${c}${lastMonth}`;
  s.blocks.push({
    row: T,
    col: 1,
    cells: [
      [
        texts.yearToDate,
        { formula: `=SUM(${span("B")})`, value: t.caop.toNumber() },
        "—",
        { formula: `=IF($M${T}=0,"${ND}",IFERROR(($B${T}-$P${T})/ABS($P${T}),"${ND}"))`, value: num(t.yoy) },
        t.top3.join(", "),
        ctx.sellerLink ? { text: texts.seeDetail, link: ctx.sellerLink(model.months[0].key) } : "—",
        {
          formula: `=SUMIF($M$${first}:$M$${lastMonth},">0",$G$${first}:$G$${lastMonth})`,
          value: t.objective,
        },
        { formula: `=IF($M${T}=0,"${ND}",IFERROR(($B${T}-$G${T})/$G${T},"${ND}"))`, value: num(t.gap) },
      ],
    ],
  });
  s.blocks.push({
    row: T,
    col: DASH.helper.key,
    cells: [
      [
        texts.total,
        null,
        null,
        { formula: `=SUM(${span("M")})`, value: t.lines },
        null,
        { formula: `=SUM(${span("O")})`, value: t.yoyAll.toNumber() },
        { formula: `=SUM(${span("P")})`, value: t.yoyCaop.toNumber() },
      ],
    ],
  });
}

/**
 * Months after the latest data show blank: the zero section of CA OP's format is empty and the text
 * section ("n/d") of the variations' too. The formulas stay live: a month whose data arrives shows.
 */
function futureFormats({ s, model, first }: Layout, money: string): void {
  const k = model.months.findIndex((m) => m.future);
  if (k < 0) return;
  const from = first + k;
  const to = first + model.months.length - 1;
  const { col } = DASH;
  const [pos, neg] = money.split(";");
  const [ppos, pneg, pzero] = PERCENT_FORMAT.split(";");
  s.formats.push(
    { range: range(from, col.caop, to, col.caop), numberFormat: `${pos};${neg};` },
    { range: range(from, col.mom, to, col.yoy), numberFormat: `${ppos};${pneg};${pzero};` },
    { range: range(from, col.gap, to, col.gap), numberFormat: `${ppos};${pneg};${pzero};` },
  );
}

/** The alerts block from `row`; returns the row after it. */
function alertsBlock({ s, model, ctx, lang, t, first, lastMonth }: Layout, row: number): number {
  const rule = model.alertSettings;
  const alertTitle = fill(t.alertsTitle, {
    segment: ctx.segmentLabel ? ctx.segmentLabel.toLowerCase() : t.segmentWord,
    threshold: Math.abs(rule.threshold * 100).toFixed(0),
    months: rule.months,
  });
  s.blocks.push({ row, col: 1, cells: [[alertTitle]] });
  s.merges.push(range(row, 1, row, 8));
  s.formats.push({ range: range(row, 1, row, 8), style: STYLES.section });
  row++;
  if (!ctx.segmentLabel || model.alerts.length === 0) {
    s.blocks.push({ row, col: 1, cells: [[ctx.segmentLabel ? t.noAlerts : t.noSegment]] });
    return row + 1;
  }
  s.blocks.push({ row, col: 1, cells: [[ctx.segmentLabel, ...t.alertHeaders]] });
  s.formats.push({ range: range(row, 1, row, 8), style: STYLES.header });
  s.merges.push(range(row, 4, row, 8));
  row++;
  const groups = alertsBySegment(model.alerts);
  const list: PlanCell[][] = groups.map((g) => [
    g.key,
    monthName(g.latest.month, lang),
    g.latest.streak[g.latest.streak.length - 1].variation.toNumber(),
    g.streaks
      .map((st) =>
        st.map((x) => `${monthName(x.month, lang)} ${formatVariation(x.variation, lang)}`).join(" ; "),
      )
      .join(" | "),
  ]);
  s.blocks.push({ row, col: 1, cells: list });
  // Every month a segment was in alert, in the hidden helper columns (the latest seven), for the highlight.
  const width = DASH.helper.yoyToDate - DASH.helper.key + 1;
  const months = groups.map((g) => {
    const m: PlanCell[] = g.months.slice(-width);
    while (m.length < width) m.push(null);
    return m;
  });
  s.blocks.push({ row, col: DASH.helper.key, cells: months });
  const last = row + list.length - 1;
  s.formats.push(
    { range: range(row, 1, last, 8), style: STYLES.alert },
    { range: range(row, 3, last, 3), numberFormat: PERCENT_FORMAT },
    { range: range(row, DASH.helper.key, last, DASH.helper.yoyToDate), numberFormat: INTEGER_FORMAT },
  );
  for (let k = row; k <= last; k++) s.merges.push(range(k, 4, k, 8));
  // Months with an alert are highlighted in the table.
  const helperRange = `$${colLetter(DASH.helper.key)}$${row}:$${colLetter(DASH.helper.yoyToDate)}$${last}`;
  s.conditionalFormats.push({
    range: range(first, 1, lastMonth, 8),
    rule: { type: "formula", formula: `COUNTIF(${helperRange},$J${first})>0` },
    style: { fill: COLORS.alertFill },
  });
  return last + 1;
}

/** The audit block and the exclusions table from `row`; returns the row after it and the exclusions' header row. */
function auditBlock({ s, ctx, lang, t }: Layout, row: number): { row: number; exclHeader: number } {
  const a = ctx.audit;
  s.blocks.push({ row, col: 1, cells: [[t.audit]] });
  s.merges.push(range(row, 1, row, 8));
  s.formats.push({ range: range(row, 1, row, 8), style: STYLES.section });
  row++;
  const auditRows: PlanCell[][] = [
    [t.generatedAt, stamp(a.generatedAt, lang)],
    [t.source, a.source],
    [t.taggedColumns, a.taggedColumns],
    [t.ruleSet, `${fill(t.ruleSetVersion, { version: a.ruleSetVersion })}${a.strict ? t.strictMode : ""}`],
    [t.linesCounted, a.lines],
    [
      t.linesIgnored,
      a.ignored.count === 0 ? t.noLines : fill(t.linesIgnoredCount, { count: a.ignored.count }),
    ],
    [t.detailSheets, a.detailSheets.length > 0 ? a.detailSheets.join(", ") : t.noSheets],
  ];
  s.blocks.push({ row, col: 1, cells: auditRows });
  for (let k = 0; k < auditRows.length; k++) s.merges.push(range(row + k, 2, row + k, 8));
  s.formats.push(
    { range: range(row, 1, row + auditRows.length - 1, 1), style: STYLES.label },
    { range: range(row, 2, row + auditRows.length - 1, 2), style: { hAlign: "left" } },
  );
  row += auditRows.length + 1;
  const exclHeader = row;
  s.blocks.push({ row, col: 1, cells: [[...t.exclusionHeaders]] });
  s.formats.push({ range: range(row, 1, row, 3), style: STYLES.header });
  row++;
  const excl: PlanCell[][] = EXCLUDED_REASONS.map((k) => [
    SCOPE_LABELS[k][lang],
    a.excluded[k].count,
    a.excluded[k].amount.toNumber(),
  ]);
  excl.push([
    `${SCOPE_LABELS.to_review[lang]}${a.strict ? t.reviewExcluded : t.reviewCounted}`,
    a.toReview.count,
    a.toReview.amount.toNumber(),
  ]);
  excl.push([
    t.unreadableLines,
    a.ignored.count,
    a.ignored.amount.isZero() ? null : a.ignored.amount.toNumber(),
  ]);
  s.blocks.push({ row, col: 1, cells: excl });
  s.formats.push(
    { range: range(row, 2, row + excl.length - 1, 2), numberFormat: COUNT_FORMAT },
    { range: range(row, 3, row + excl.length - 1, 3), numberFormat: moneyFormat(ctx.currency) },
  );
  return { row: row + excl.length, exclHeader };
}

/** The column chart N vs N-1 below everything (every host draws it); returns the last row it covers. */
function chart({ s, model, t, first, lastMonth }: Layout, row: number): number {
  const year = model.year;
  s.charts.push({
    type: "column",
    title: fill(t.chartTitle, { year, previous: year - 1 }),
    categories: range(first, 1, lastMonth, 1),
    series: [
      { name: fill(t.seriesN, { year }), values: range(first, DASH.col.caop, lastMonth, DASH.col.caop) },
      {
        name: fill(t.seriesN1, { year: year - 1 }),
        values: range(first, DASH.helper.yoy, lastMonth, DASH.helper.yoy),
      },
    ],
    anchor: { cell: a1(row + 1, 1), cols: 8, rows: 18 },
  });
  return row + 18;
}

/** Formats, conditional formats, notes, widths, freeze panes and print setup. */
function layoutFormats(L: Layout, exclHeader: number, lastRow: number): void {
  const { s, ctx, t, first, lastMonth, T } = L;
  const { col, helper } = DASH;
  const money = moneyFormat(ctx.currency);
  s.merges.push(range(DASH.titleRow, 1, DASH.titleRow, 8), range(DASH.subtitleRow, 1, DASH.subtitleRow, 8));
  s.formats.push(
    { range: range(DASH.titleRow, 1, DASH.titleRow, 8), style: STYLES.title },
    { range: range(DASH.subtitleRow, 1, DASH.subtitleRow, 8), style: STYLES.subtitle },
    { range: range(DASH.headerRow, 1, DASH.headerRow, 8), style: STYLES.header },
    { range: range(DASH.headerRow, helper.key, DASH.headerRow, helper.yoyToDate), style: STYLES.helper },
    { range: range(first, col.caop, T, col.caop), numberFormat: money },
    { range: range(first, col.mom, T, col.yoy), numberFormat: PERCENT_FORMAT, style: STYLES.right },
    { range: range(first, col.top, T, col.top), style: { wrap: true } },
    { range: range(first, col.seller, T, col.seller), style: STYLES.link },
    { range: range(first, col.target, lastMonth, col.target), numberFormat: money, style: STYLES.input },
    { range: range(T, col.target, T, col.target), numberFormat: money },
    { range: range(first, col.gap, T, col.gap), numberFormat: PERCENT_FORMAT, style: STYLES.right },
    { range: range(T, 1, T, 8), style: STYLES.total },
    { range: range(first, helper.key, T, helper.yoyKey), numberFormat: INTEGER_FORMAT },
    { range: range(first, helper.lines, T, helper.lines), numberFormat: COUNT_FORMAT },
    { range: range(first, helper.prev, T, helper.yoyToDate), numberFormat: money },
  );
  futureFormats(L, money);
  const variations = [range(first, col.mom, T, col.yoy), range(first, col.gap, T, col.gap)];
  for (const v of variations) {
    s.conditionalFormats.push({
      range: v,
      rule: { type: "cellIs", operator: "lessThan", values: [0] },
      style: STYLES.negative,
    });
  }
  s.notes.push({ cell: a1(DASH.headerRow, col.target), text: t.noteTarget });
  s.notes.push({ cell: a1(DASH.headerRow, col.caop), text: t.noteCaop });
  const widths = [24, 17, 11, 11, 34, 20, 16, 11];
  widths.forEach((w, i) => s.columns.push({ col: i + 1, width: w }));
  s.columns.push({ col: 9, width: 3 });
  for (let c = helper.key; c <= helper.yoyToDate; c++) s.columns.push({ col: c, width: 14, hidden: true });
  s.rowHeights.push(
    { row: DASH.titleRow, height: 22 },
    { row: DASH.headerRow, height: 32 },
    { row: exclHeader, height: 30 },
  );
  s.freeze = { rows: DASH.headerRow, cols: 1 };
  s.print = {
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: range(1, 1, lastRow, 8),
    printTitleRows: `${DASH.headerRow}:${DASH.headerRow}`,
  };
}
