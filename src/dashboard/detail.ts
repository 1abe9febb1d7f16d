/**
 * Detail sheets: CA OP per value of a field (salesperson, segment, product, client) × month of the
 * fiscal year, as live SUMIFS over the tagged data, with totals; the segment sheet also carries the
 * month-on-month variations the alert rule reads, highlighted by conditional formatting.
 */
import Decimal from "decimal.js";
import { BLANK_KEY, compareRows, type GroupRow } from "../core/aggregate";
import type { EngineResult } from "../core/engine";
import { lineCounts } from "../core/engine";
import { addMonths, monthName } from "../core/periods";
import type { AlertSettings } from "../core/alerts";
import { variation } from "../core/variations";
import { cellKey } from "../core/cells";
import type { Lang } from "../core/types";
import { fill, messages } from "../i18n";
import type { DetailTexts } from "../i18n/types";
import { a1, colLetter, range } from "../sheet/a1";
import { COLORS, INTEGER_FORMAT, PERCENT_FORMAT, STYLES, moneyFormat } from "./formats";
import { emptySheet, type PlanCell, type PlanFormula, type SheetPlan } from "../sheet/plan";
import type { DataRefs } from "./tagging";

/** Fixed rows of a detail sheet. */
export const DETAIL_ROWS = { title: 1, back: 2, keys: 3, header: 4, first: 5 } as const;

/** What a detail sheet shows. */
export interface DetailInput {
  key: string;
  name: string;
  /** "Commercial", "Segment"… (the header of the first column). */
  fieldLabel: string;
  /** Column (0-based) of the field in the engine's table. */
  column: number;
  /** All groups of the field over all months (groupBy). */
  groups: readonly GroupRow[];
  /** The 12 month keys of the fiscal year. */
  months: readonly number[];
  year: number;
  result: EngineResult;
  refs: DataRefs;
  currency: string;
  /** Adds the M-1 column and the variation block (segment sheet, for alerts). */
  variations?: AlertSettings;
  /** Last month with data: variations after it are left empty (every value would "fall" to 0). */
  lastMonth?: number;
  /** Name of the dashboard sheet, for the link back. */
  dashboard: string;
  /** Language of the titles, headers and notes (default fr); formulas are the same. */
  lang?: Lang;
}

/** A built detail sheet and the cell each month's column header sits in (link targets). */
export interface DetailSheet {
  sheet: SheetPlan;
  monthCell(key: number): string;
  /** The cell of a value's label (its row), or the header's first cell when the value has no row. */
  rowCell(key: string): string;
}

/** Criteria text SUMIFS matches exactly: "=" then the value with ~ * ? escaped ("=Dupont~*"). */
export function exactCriterion(key: string): string {
  if (key === BLANK_KEY) return "=";
  return "=" + key.replace(/[~*?]/g, (c) => "~" + c);
}

/** Text that SUMIFS criteria would read as a number, date or boolean instead of text. */
const NUMBER_LIKE = /^\s*[+\-(]?\s*[\d.,]|^\s*(true|false|vrai|faux)\s*$|^\s*[<>=]/i;

/**
 * Values of a field that a SUMIFS criterion matches exactly as the engine groups them: every raw
 * cell is text equal to the key (no trimmed spaces, no number), no other key differs only by case,
 * and the text does not read as a number. The others get frozen engine values with a note.
 */
export function formulaSafeKeys(result: EngineResult, column: number, keys: readonly string[]): Set<string> {
  const lower = new Map<string, number>();
  for (const k of keys) lower.set(k.toLowerCase(), (lower.get(k.toLowerCase()) ?? 0) + 1);
  const unsafe = new Set<string>();
  for (const k of keys) {
    if ((lower.get(k.toLowerCase()) ?? 0) > 1) unsafe.add(k);
    if (k !== BLANK_KEY && NUMBER_LIKE.test(k)) unsafe.add(k);
  }
  const { lines, table } = result;
  for (let i = 0; i < lines.count; i++) {
    if (!lineCounts(result, i)) continue;
    const raw = table.rows[i]?.[column];
    if (raw === null || raw === undefined || raw === "") continue;
    const key = cellKey(raw) || BLANK_KEY;
    if (typeof raw !== "string" || raw !== key) unsafe.add(key);
  }
  return new Set(keys.filter((k) => !unsafe.has(k)));
}

/** Groups with lines in [from, to], ranked by their CA OP over that range (desc, ties by name). */
export function groupsInRange(groups: readonly GroupRow[], from: number, to: number): GroupRow[] {
  return groups
    .filter((g) => [...g.byMonth.keys()].some((m) => m >= from && m <= to))
    .map((g) => {
      let caop = new Decimal(0);
      for (const [m, v] of g.byMonth) if (m >= from && m <= to) caop = caop.plus(v);
      return { ...g, caop };
    })
    .sort(compareRows);
}

/** The columns and rows of one detail sheet, and what it is written with. */
interface Layout {
  input: DetailInput;
  sheet: SheetPlan;
  lang: Lang;
  t: DetailTexts;
  groups: GroupRow[];
  safe: Set<string>;
  withVar: boolean;
  /** Months of the amount columns: [M-1,] the 12 months. */
  amountKeys: number[];
  firstAmountCol: number;
  monthCol0: number;
  lastAmountCol: number;
  totalCol: number;
  critCol: number;
  first: number;
  last: number;
  totalRow: number;
}

/** Builds a detail sheet (field × month) with live formulas and the engine's values beside them. */
export function detailSheet(input: DetailInput): DetailSheet {
  const { months } = input;
  const lang = input.lang ?? "fr";
  const withVar = input.variations !== undefined;
  const sheet = emptySheet(input.key, input.name);
  sheet.tabColor = COLORS.tab;
  const prior = withVar ? addMonths(months[0], -1) : null;
  const groups = groupsInRange(input.groups, prior ?? months[0], months[months.length - 1]);
  const safe = formulaSafeKeys(
    input.result,
    input.column,
    groups.map((g) => g.key),
  );
  // Columns: label, [M-1], 12 months, total; hidden criteria column after a gap.
  const monthCol0 = withVar ? 3 : 2;
  const totalCol = monthCol0 + months.length;
  const first = DETAIL_ROWS.first;
  const last = first + groups.length - 1;
  const L: Layout = {
    input,
    sheet,
    lang,
    t: messages(lang).detail,
    groups,
    safe,
    withVar,
    amountKeys: withVar && prior !== null ? [prior, ...months] : [...months],
    firstAmountCol: 2,
    monthCol0,
    lastAmountCol: totalCol - 1,
    totalCol,
    critCol: totalCol + 2,
    first,
    last,
    totalRow: groups.length === 0 ? first : last + 1,
  };
  headerBlocks(L);
  amountRows(L);
  totalsRow(L);
  detailFormats(L);
  const lastRow =
    withVar && input.variations && groups.length > 0 ? variationBlock(L, input.variations) : L.totalRow;
  sheet.print = {
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: range(1, 1, lastRow, totalCol),
    printTitleRows: `${DETAIL_ROWS.header}:${DETAIL_ROWS.header}`,
  };
  const monthIndex = new Map(L.amountKeys.map((k, j) => [k, L.firstAmountCol + j]));
  const rowIndex = new Map(groups.map((g, i) => [g.key, first + i]));
  return {
    sheet,
    monthCell: (key) => a1(DETAIL_ROWS.header, monthIndex.get(key) ?? L.firstAmountCol),
    rowCell: (key) => a1(rowIndex.get(key) ?? DETAIL_ROWS.header, 1),
  };
}

/** Title, link back, month keys and the header row. */
function headerBlocks({ input, sheet, lang, t, withVar, amountKeys, critCol }: Layout): void {
  const R = DETAIL_ROWS;
  sheet.blocks.push({
    row: R.title,
    col: 1,
    cells: [[fill(t.title, { field: input.fieldLabel.toLowerCase(), year: input.year })]],
  });
  sheet.blocks.push({
    row: R.back,
    col: 1,
    cells: [
      [
        { text: t.back, link: { sheet: input.dashboard, cell: "A1" } },
        fill(t.formulas, { ref: input.refs.contribution }),
      ],
    ],
  });
  sheet.blocks.push({ row: R.keys, col: 1, cells: [[t.monthKey, ...amountKeys]] });
  const header: PlanCell[] = [
    input.fieldLabel,
    ...amountKeys.map((k, i) =>
      withVar && i === 0 ? fill(t.previousMonth, { month: monthName(k, lang) }) : monthName(k, lang),
    ),
    t.yearTotal,
  ];
  sheet.blocks.push({ row: R.header, col: 1, cells: [header] });
  sheet.blocks.push({ row: R.header, col: critCol, cells: [[t.criterion]] });
}

/** One row per value of the field: SUMIFS per month (frozen values when SUMIFS cannot match), total. */
function amountRows(L: Layout): void {
  const { input, sheet, t, groups, safe, amountKeys, firstAmountCol, critCol, first } = L;
  const refs = input.refs;
  const rows: PlanCell[][] = [];
  const crit: PlanCell[][] = [];
  groups.forEach((g, gi) => {
    const row = first + gi;
    const isSafe = safe.has(g.key);
    const cells: PlanCell[] = [g.key];
    amountKeys.forEach((k, j) => {
      const v = (g.byMonth.get(k) ?? new Decimal(0)).toNumber();
      const col = firstAmountCol + j;
      cells.push(
        isSafe
          ? {
              formula: `=SUMIFS(${refs.contribution},${refs.month},${colLetter(col)}$${DETAIL_ROWS.keys},${refs.column(input.column)},$${colLetter(critCol)}${row})`,
              value: v,
            }
          : v,
      );
    });
    cells.push({
      formula: `=SUM(${range(row, L.monthCol0, row, L.lastAmountCol)})`,
      value: input.months.reduce((a, k) => a.plus(g.byMonth.get(k) ?? 0), new Decimal(0)).toNumber(),
    });
    rows.push(cells);
    crit.push([exactCriterion(g.key)]);
    if (!isSafe) sheet.notes.push({ cell: a1(row, 1), text: t.frozen });
  });
  if (rows.length > 0) {
    sheet.blocks.push({ row: first, col: 1, cells: rows });
    sheet.blocks.push({ row: first, col: critCol, cells: crit });
  } else {
    sheet.blocks.push({ row: first, col: 1, cells: [[t.noLines]] });
  }
}

/** Total row: sums of the columns (equal to the dashboard's monthly CA OP). */
function totalsRow(L: Layout): void {
  const { input, sheet, t, groups, amountKeys, firstAmountCol, totalCol, first, last } = L;
  const months = input.months;
  const totalCells: PlanCell[] = [t.total];
  for (let c = firstAmountCol; c <= totalCol; c++) {
    const j = c - firstAmountCol;
    const value =
      c === totalCol
        ? groups.reduce(
            (a, g) => a.plus(months.reduce((s, k) => s.plus(g.byMonth.get(k) ?? 0), new Decimal(0))),
            new Decimal(0),
          )
        : groups.reduce((a, g) => a.plus(g.byMonth.get(amountKeys[j]) ?? 0), new Decimal(0));
    const f: PlanFormula = {
      formula: groups.length === 0 ? "=0" : `=SUM(${range(first, c, last, c)})`,
      value: value.toNumber(),
    };
    totalCells.push(f);
  }
  sheet.blocks.push({ row: L.totalRow, col: 1, cells: [totalCells] });
}

/** Formats, widths, freeze panes and row heights of the table. */
function detailFormats({
  input,
  sheet,
  withVar,
  firstAmountCol,
  lastAmountCol,
  totalCol,
  critCol,
  first,
  totalRow,
}: Layout): void {
  const R = DETAIL_ROWS;
  const money = moneyFormat(input.currency);
  sheet.formats.push(
    { range: range(R.title, 1, R.title, 1), style: STYLES.title },
    { range: range(R.back, 1, R.back, 1), style: STYLES.link },
    { range: range(R.back, 2, R.back, 2), style: STYLES.subtitle },
    { range: range(R.keys, 1, R.keys, totalCol), style: STYLES.helper, numberFormat: INTEGER_FORMAT },
    { range: range(R.header, 1, R.header, totalCol), style: STYLES.header },
    { range: range(R.header, critCol, R.header, critCol), style: STYLES.helper },
    { range: range(first, firstAmountCol, totalRow, totalCol), numberFormat: money },
    { range: range(totalRow, 1, totalRow, totalCol), style: STYLES.total },
  );
  if (withVar) sheet.formats.push({ range: range(first, 2, totalRow, 2), style: STYLES.helper });
  sheet.columns.push({ col: 1, width: 28 });
  for (let c = 2; c <= lastAmountCol; c++) sheet.columns.push({ col: c, width: 14 });
  sheet.columns.push({ col: totalCol, width: 16 }, { col: critCol, width: 20, hidden: true });
  sheet.freeze = { rows: R.header, cols: 1 };
  sheet.rowHeights.push({ row: R.title, height: 22 }, { row: R.header, height: 30 });
  // The month keys the SUMIFS read: a helper row, hidden from view and print like the criteria column.
  sheet.hiddenRows.push(R.keys);
}

/** Variation block (segment sheet): MoM per value and month, the alert rule's input; returns its last row. */
function variationBlock(L: Layout, rule: AlertSettings): number {
  const { input, sheet, lang, t, groups, monthCol0, first, totalRow } = L;
  const months = input.months;
  const head = totalRow + 3;
  const vFirst = head + 1;
  sheet.blocks.push({
    row: head - 1,
    col: 1,
    cells: [
      [fill(t.variationTitle, { threshold: Math.abs(rule.threshold * 100).toFixed(0), months: rule.months })],
    ],
  });
  sheet.blocks.push({
    row: head,
    col: 1,
    cells: [[input.fieldLabel, ...months.map((k) => monthName(k, lang))]],
  });
  const vrows: PlanCell[][] = groups.map((g, gi) => {
    const row = first + gi;
    const cells: PlanCell[] = [g.key];
    months.forEach((k, j) => {
      const cur = monthCol0 + j;
      const prev = cur - 1;
      if (input.lastMonth !== undefined && k > input.lastMonth) {
        cells.push(null);
        return;
      }
      const v = variation(g.byMonth.get(k) ?? new Decimal(0), g.byMonth.get(addMonths(k, -1)));
      cells.push({
        formula: `=IFERROR((${a1(row, cur)}-${a1(row, prev)})/ABS(${a1(row, prev)}),"n/d")`,
        value: v === null ? "n/d" : v.toNumber(),
      });
    });
    return cells;
  });
  sheet.blocks.push({ row: vFirst, col: 1, cells: vrows });
  const vLast = vFirst + groups.length - 1;
  const vRange = range(vFirst, 2, vLast, 1 + months.length);
  sheet.formats.push(
    { range: range(head - 1, 1, head - 1, 1), style: STYLES.section },
    { range: range(head, 1, head, 1 + months.length), style: STYLES.header },
    { range: vRange, numberFormat: PERCENT_FORMAT, style: STYLES.right },
  );
  sheet.conditionalFormats.push(
    {
      range: vRange,
      rule: { type: "cellIs", operator: "lessThan", values: [rule.threshold] },
      style: { fill: COLORS.alertFill, fontColor: COLORS.alertFont, bold: true },
    },
    { range: vRange, rule: { type: "cellIs", operator: "lessThan", values: [0] }, style: STYLES.negative },
  );
  return vLast;
}
