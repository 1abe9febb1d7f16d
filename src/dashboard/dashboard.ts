/**
 * The dashboard sheet "Tableau de bord CA OP" (SPEC 5): the template's eight columns, one row per
 * month of the fiscal year and a year-to-date row, live formulas over the tagged data (SUMIFS on
 * `Contribution CA OP` by `Mois CA OP`), hidden helper columns holding the month keys and the M-1 /
 * N-1 references, the alerts block, the audit block, conditional formats, chart, print setup.
 */
import { EXCLUDED_REASONS, type ExcludedReason } from "../core/types";
import { SCOPE_LABELS } from "../core/labels";
import { monthName } from "../core/periods";
import { formatVariationFr } from "../core/variations";
import type Decimal from "decimal.js";
import { a1, range } from "../sheet/a1";
import { COLORS, INTEGER_FORMAT, PERCENT_FORMAT, STYLES, moneyFormat, COUNT_FORMAT } from "./formats";
import type { DashboardModel } from "./model";
import { emptySheet, type PlanCell, type PlanFormula, type SheetPlan } from "../sheet/plan";
import type { DataRefs } from "./tagging";

/** The template's columns, exactly (SPEC 5). */
export const DASHBOARD_HEADERS = [
  "Période",
  "CA OP total",
  "Var. MoM",
  "Var. YoY",
  "Top 3 segments",
  "CA OP par commercial",
  "Objectif",
  "Écart",
] as const;

/** Hidden helper columns (J..P): month keys and references the formulas read. */
export const HELPER_HEADERS = [
  "Clé mois",
  "Clé M-1",
  "Clé N-1",
  "Lignes",
  "CA OP M-1",
  "CA OP N-1",
  "CA OP N-1 à date",
] as const;

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
  /** Segment field label for the alerts block ("Segment"), null when not mapped. */
  segmentLabel: string | null;
  audit: AuditInfo;
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

const ND = "n/d";

function num(d: Decimal | null): number | string {
  return d === null ? ND : d.toNumber();
}

/** "2025-03-04 10:22" in local time: the generation stamp of the audit block. */
export function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Builds the dashboard sheet plan from the model and its context. */
export function dashboardSheet(model: DashboardModel, ctx: DashboardContext): SheetPlan {
  const s = emptySheet("dashboard", ctx.name);
  s.tabColor = COLORS.title;
  const { col, helper } = DASH;
  const first = DASH.firstRow;
  const lastMonth = first + model.months.length - 1;
  const T = lastMonth + 1;
  const r = ctx.refs;
  const contribution = r.contribution;
  const keys = r.month;
  const fyLabel =
    model.startMonth === 1
      ? String(model.year)
      : `${model.year}-${model.year + 1} (${monthName(model.months[0].key, "fr")} – ${monthName(model.months[11].key, "fr")})`;

  s.blocks.push({ row: DASH.titleRow, col: 1, cells: [[`Tableau de bord CA OP — exercice ${fyLabel}`]] });
  s.blocks.push({
    row: DASH.subtitleRow,
    col: 1,
    cells: [
      [
        `CA OP = ventes opérationnelles − remises − rabais − retours · montants en ${ctx.currency} · détail du calcul : bloc Audit`,
      ],
    ],
  });
  s.blocks.push({ row: DASH.headerRow, col: 1, cells: [[...DASHBOARD_HEADERS]] });
  s.blocks.push({ row: DASH.headerRow, col: helper.key, cells: [[...HELPER_HEADERS]] });

  // Month rows.
  const rows: PlanCell[][] = [];
  const helpers: PlanCell[][] = [];
  model.months.forEach((m, i) => {
    const R = first + i;
    const f = (formula: string, value: number | string): PlanFormula => ({ formula, value });
    const link = ctx.sellerLink ? ctx.sellerLink(m.key) : null;
    rows.push([
      monthName(m.key, "fr"),
      f(`=SUMIFS(${contribution},${keys},$J${R})`, m.caop.toNumber()),
      f(`=IF($M${R}=0,"${ND}",IFERROR(($B${R}-$N${R})/ABS($N${R}),"${ND}"))`, num(m.mom)),
      f(`=IF($M${R}=0,"${ND}",IFERROR(($B${R}-$O${R})/ABS($O${R}),"${ND}"))`, num(m.yoy)),
      m.lines === 0 ? "" : m.top3.join(", "),
      link ? { text: "Voir détail onglet", link } : "—",
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
  s.blocks.push({ row: first, col: helper.key, cells: helpers });

  // Year-to-date row.
  const t = model.total;
  const span = (c: string): string => `${c}${first}:${c}${lastMonth}`;
  s.blocks.push({
    row: T,
    col: 1,
    cells: [
      [
        "Cumul à date",
        { formula: `=SUM(${span("B")})`, value: t.caop.toNumber() },
        "—",
        { formula: `=IF($M${T}=0,"${ND}",IFERROR(($B${T}-$P${T})/ABS($P${T}),"${ND}"))`, value: num(t.yoy) },
        t.top3.join(", "),
        ctx.sellerLink ? { text: "Voir détail onglet", link: ctx.sellerLink(model.months[0].key) } : "—",
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
    col: helper.key,
    cells: [
      [
        "Total",
        null,
        null,
        { formula: `=SUM(${span("M")})`, value: t.lines },
        null,
        { formula: `=SUM(${span("O")})`, value: t.yoyAll.toNumber() },
        { formula: `=SUM(${span("P")})`, value: t.yoyCaop.toNumber() },
      ],
    ],
  });

  // Alerts block.
  let row = T + 2;
  const rule = model.alertSettings;
  const alertTitle = `Alertes : ${ctx.segmentLabel ? ctx.segmentLabel.toLowerCase() : "segment"} en baisse de plus de ${Math.abs(
    rule.threshold * 100,
  ).toFixed(0)} % sur ${rule.months} mois consécutifs`;
  s.blocks.push({ row, col: 1, cells: [[alertTitle]] });
  s.merges.push(range(row, 1, row, 8));
  s.formats.push({ range: range(row, 1, row, 8), style: STYLES.section });
  row++;
  if (!ctx.segmentLabel) {
    s.blocks.push({ row, col: 1, cells: [["Aucune colonne segment associée : alertes non calculées."]] });
    row++;
  } else if (model.alerts.length === 0) {
    s.blocks.push({ row, col: 1, cells: [["Aucun segment en alerte sur l'exercice."]] });
    row++;
  } else {
    s.blocks.push({
      row,
      col: 1,
      cells: [[ctx.segmentLabel, "Mois", "Var. MoM", "Baisses consécutives"]],
    });
    s.formats.push({ range: range(row, 1, row, 8), style: STYLES.header });
    s.merges.push(range(row, 4, row, 8));
    row++;
    const list: PlanCell[][] = model.alerts.map((al) => [
      al.key,
      monthName(al.month, "fr"),
      al.streak[al.streak.length - 1].variation.toNumber(),
      al.streak.map((x) => `${monthName(x.month, "fr")} ${formatVariationFr(x.variation)}`).join(" ; "),
    ]);
    s.blocks.push({ row, col: 1, cells: list });
    s.blocks.push({ row, col: helper.key, cells: model.alerts.map((al) => [al.month]) });
    const last = row + list.length - 1;
    s.formats.push(
      { range: range(row, 1, last, 8), style: STYLES.alert },
      { range: range(row, 3, last, 3), numberFormat: PERCENT_FORMAT },
      { range: range(row, helper.key, last, helper.key), numberFormat: INTEGER_FORMAT },
    );
    for (let k = row; k <= last; k++) s.merges.push(range(k, 4, k, 8));
    // Months with an alert are highlighted in the table.
    s.conditionalFormats.push({
      range: range(first, 1, lastMonth, 8),
      rule: { type: "formula", formula: `COUNTIF($J$${row}:$J$${last},$J${first})>0` },
      style: { fill: COLORS.alertFill },
    });
    row = last + 1;
  }

  // Audit block.
  row++;
  const a = ctx.audit;
  s.blocks.push({ row, col: 1, cells: [["Audit"]] });
  s.merges.push(range(row, 1, row, 8));
  s.formats.push({ range: range(row, 1, row, 8), style: STYLES.section });
  row++;
  const auditRows: PlanCell[][] = [
    ["Généré le", stamp(a.generatedAt)],
    ["Source", a.source],
    ["Colonnes CA OP", a.taggedColumns],
    [
      "Jeu de règles",
      `version ${a.ruleSetVersion}${a.strict ? " · mode strict (lignes à vérifier exclues)" : ""}`,
    ],
    ["Lignes prises en compte", a.lines],
    ["Lignes ignorées", a.ignored.count === 0 ? "aucune" : `${a.ignored.count} (voir diagnostics)`],
    ["Onglets de détail", a.detailSheets.length > 0 ? a.detailSheets.join(", ") : "aucun"],
  ];
  s.blocks.push({ row, col: 1, cells: auditRows });
  for (let k = 0; k < auditRows.length; k++) s.merges.push(range(row + k, 2, row + k, 8));
  s.formats.push(
    { range: range(row, 1, row + auditRows.length - 1, 1), style: STYLES.label },
    { range: range(row, 2, row + auditRows.length - 1, 2), style: { hAlign: "left" } },
  );
  row += auditRows.length + 1;
  const exclHeader = row;
  s.blocks.push({ row, col: 1, cells: [["Exclusions (toutes périodes)", "Lignes", "Montant"]] });
  s.formats.push({ range: range(row, 1, row, 3), style: STYLES.header });
  row++;
  const excl: PlanCell[][] = EXCLUDED_REASONS.map((k) => [
    SCOPE_LABELS[k].fr,
    a.excluded[k].count,
    a.excluded[k].amount.toNumber(),
  ]);
  excl.push([
    `${SCOPE_LABELS.to_review.fr}${a.strict ? " (exclues)" : " (comptées)"}`,
    a.toReview.count,
    a.toReview.amount.toNumber(),
  ]);
  excl.push([
    "Lignes ignorées (illisibles)",
    a.ignored.count,
    a.ignored.amount.isZero() ? null : a.ignored.amount.toNumber(),
  ]);
  s.blocks.push({ row, col: 1, cells: excl });
  s.formats.push(
    { range: range(row, 2, row + excl.length - 1, 2), numberFormat: COUNT_FORMAT },
    { range: range(row, 3, row + excl.length - 1, 3), numberFormat: moneyFormat(ctx.currency) },
  );
  row += excl.length;
  const lastRow = row - 1;

  // Chart below (hosts that draw charts).
  s.charts.push({
    type: "column",
    title: `CA OP par mois : ${model.year} vs ${model.year - 1}`,
    categories: range(first, 1, lastMonth, 1),
    series: [
      { name: `N (${model.year})`, values: range(first, col.caop, lastMonth, col.caop) },
      { name: `N-1 (${model.year - 1})`, values: range(first, helper.yoy, lastMonth, helper.yoy) },
    ],
    anchor: { cell: a1(row + 1, 1), cols: 8, rows: 18 },
  });

  // Formats.
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
  const variations = [range(first, col.mom, T, col.yoy), range(first, col.gap, T, col.gap)];
  for (const v of variations) {
    s.conditionalFormats.push({
      range: v,
      rule: { type: "cellIs", operator: "lessThan", values: [0] },
      style: STYLES.negative,
    });
  }
  s.notes.push({
    cell: a1(DASH.headerRow, col.target),
    text: "Saisissez l'objectif de chaque mois : il est conservé quand le tableau de bord est régénéré.",
  });
  s.notes.push({
    cell: a1(DASH.headerRow, col.caop),
    text: "SUMIFS de la colonne « Contribution CA OP » des données pour le mois de la colonne J (masquée).",
  });
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
  return s;
}
