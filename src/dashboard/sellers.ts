/**
 * The dashboard's "CA OP par commercial" block (issue 13): the top salespeople of the fiscal year
 * with their CA OP, the same months of N-1, the variation and their share of CA OP, as live
 * SUMIFS over the tagged data (criterion text in the hidden helper column J, like the detail
 * sheets), each linked to its row of the salesperson detail sheet; then the other salespeople.
 */
import Decimal from "decimal.js";
import type { GroupRow } from "../core/aggregate";
import type { EngineResult } from "../core/engine";
import type { Lang } from "../core/types";
import { variation } from "../core/variations";
import { fill, messages } from "../i18n";
import { a1, colLetter, range } from "../sheet/a1";
import type { PlanCell, PlanFormula, SheetPlan } from "../sheet/plan";
import { exactCriterion, formulaSafeKeys, groupsInRange } from "./detail";
import { PERCENT_FORMAT, RATE_FORMAT, STYLES, moneyFormat } from "./formats";
import type { DashboardModel } from "./model";
import type { DataRefs } from "./tagging";

/** How many salespeople the block lists before "Autres commerciaux". */
export const SELLER_TOP = 5;

/** The salesperson field, when mapped: its column, its groups and where its detail rows are. */
export interface SellerInput {
  /** Column header of the block ("Commercial"). */
  label: string;
  /** Column (0-based) of the salesperson in the engine's table. */
  column: number;
  /** groupBy(result, column): every salesperson over all months. */
  groups: readonly GroupRow[];
  /** The detail sheet and the cell of a salesperson's row there (link target). */
  detail: { sheet: string; rowCell(key: string): string };
  /** The engine's result (which names SUMIFS can match exactly). */
  result: EngineResult;
}

/** Where the block goes on the dashboard and what it reads there. */
export interface SellerPlace {
  s: SheetPlan;
  model: DashboardModel;
  refs: DataRefs;
  currency: string;
  lang: Lang;
  /** Fiscal year as the title writes it. */
  fy: string;
  /** First and last month rows, year-to-date row of the table. */
  first: number;
  lastMonth: number;
  T: number;
  /** Helper columns of the table: month key (J), N-1 key (L), line count (M), N-1 to date (P). */
  helper: { key: number; yoyKey: number; lines: number; yoyToDate: number };
}

const ND = "n/d";

/** One listed salesperson: the engine's figures the formulas must reproduce. */
interface SellerRow {
  key: string;
  caop: Decimal;
  /** Same months of N-1 (those with data in N); null when N-1 has no line at all. */
  yoy: Decimal | null;
}

/** The engine's figures of the block: the top salespeople and the rest. */
function sellerFigures(place: SellerPlace, input: SellerInput): { top: SellerRow[]; rest: number } {
  const { model } = place;
  const { result } = input;
  const keys = model.months.map((m) => m.key);
  const ranked = groupsInRange(input.groups, keys[0], keys[keys.length - 1]);
  const withLines = new Set(result.months.filter((m) => m.totals.lines > 0).map((m) => m.key));
  const n1 = model.months.some((m) => withLines.has(m.yoyKey));
  const yoyMonths = model.months.filter((m) => m.lines > 0).map((m) => m.yoyKey);
  const top = ranked.slice(0, SELLER_TOP).map((g) => ({
    key: g.key,
    caop: g.caop,
    yoy: n1 ? yoyMonths.reduce((a, k) => a.plus(g.byMonth.get(k) ?? 0), new Decimal(0)) : null,
  }));
  return { top, rest: ranked.length - top.length };
}

/**
 * Writes the block from `row` (title, header, one row per top salesperson, the others); says so
 * when no salesperson column is mapped or none has lines. Returns the row after the block.
 */
export function sellersBlock(place: SellerPlace, input: SellerInput | null, row: number): number {
  const { s, lang } = place;
  const t = messages(lang).sellers;
  const figures = input ? sellerFigures(place, input) : null;
  const count = figures?.top.length ?? 0;
  const title =
    count === 0
      ? messages(lang).dashboard.headers[5]
      : (figures?.rest ?? 0) > 0
        ? fill(t.title, { count, fy: place.fy })
        : fill(t.titleAll, { fy: place.fy });
  s.blocks.push({ row, col: 1, cells: [[title]] });
  s.merges.push(range(row, 1, row, 8));
  s.formats.push({ range: range(row, 1, row, 8), style: STYLES.section });
  row++;
  if (!input || !figures || count === 0) {
    s.blocks.push({ row, col: 1, cells: [[input ? t.noLines : t.noColumn]] });
    s.formats.push({ range: range(row, 1, row, 1), style: STYLES.subtitle });
    return row + 1;
  }
  const year = place.model.year;
  const header = [input.label, ...t.headers.map((h) => fill(h, { year, previous: year - 1 }))];
  s.blocks.push({ row, col: 1, cells: [header] });
  s.blocks.push({ row, col: place.helper.key, cells: [[messages(lang).detail.criterion]] });
  s.formats.push(
    { range: range(row, 1, row, 6), style: STYLES.header },
    { range: range(row, place.helper.key, row, place.helper.key), style: STYLES.helper },
  );
  s.notes.push({ cell: a1(row, 2), text: fill(t.note, { year, previous: year - 1 }) });
  s.rowHeights.push({ row, height: 45 });
  row++;
  const firstRow = row;
  // Every salesperson's name counts: "dupont" beside "Dupont" makes SUMIFS (case-blind) unsafe for both.
  const safe = formulaSafeKeys(
    input.result,
    input.column,
    input.groups.map((g) => g.key),
  );
  for (const x of figures.top) {
    s.blocks.push({ row, col: 1, cells: [sellerRow(place, input, x, safe.has(x.key), row)] });
    s.blocks.push({ row, col: place.helper.key, cells: [[exactCriterion(x.key)]] });
    if (!safe.has(x.key)) s.notes.push({ cell: a1(row, 1), text: messages(lang).detail.frozen });
    row++;
  }
  if (figures.rest > 0) {
    s.blocks.push({
      row,
      col: 1,
      cells: [othersRow(place, input, figures.top, figures.rest, firstRow, row)],
    });
    s.formats.push({ range: range(row, 1, row, 1), style: { italic: true } });
    row++;
  }
  sellerFormats(place, firstRow, row - 1);
  return row;
}

/** The variation and share formulas of a block row (columns D and E). */
function ratioCells(place: SellerPlace, R: number, caop: Decimal, yoy: Decimal | null): PlanFormula[] {
  const total = place.model.total.caop;
  const v = yoy === null ? null : variation(caop, yoy);
  return [
    { formula: `=IFERROR(($B${R}-$C${R})/ABS($C${R}),"${ND}")`, value: v === null ? ND : v.toNumber() },
    {
      formula: `=IFERROR($B${R}/$B$${place.T},"${ND}")`,
      value: total.isZero() ? ND : caop.dividedBy(total).toNumber(),
    },
  ];
}

/** One salesperson: SUMIFS over the fiscal year, N-1 over the same months, variation, share, link. */
function sellerRow(
  place: SellerPlace,
  input: SellerInput,
  x: SellerRow,
  safe: boolean,
  R: number,
): PlanCell[] {
  const { refs, helper, first, lastMonth } = place;
  const crit = `$${colLetter(helper.key)}${R}`;
  const seller = refs.column(input.column);
  const key = (c: number, r: number): string => `$${colLetter(c)}$${r}`;
  const yoyKeys = `${key(helper.yoyKey, first)}:${key(helper.yoyKey, lastMonth)}`;
  const lines = `${key(helper.lines, first)}:${key(helper.lines, lastMonth)}`;
  const caop: PlanCell = safe
    ? {
        formula:
          `=SUMIFS(${refs.contribution},${refs.month},">="&${key(helper.key, first)},` +
          `${refs.month},"<="&${key(helper.key, lastMonth)},${seller},${crit})`,
        value: x.caop.toNumber(),
      }
    : x.caop.toNumber();
  const yoyValue = x.yoy === null ? ND : x.yoy.toNumber();
  const yoy: PlanCell = safe
    ? {
        formula:
          `=IF(COUNTIFS(${refs.month},">="&${key(helper.yoyKey, first)},${refs.month},"<="&${key(helper.yoyKey, lastMonth)})=0,"${ND}",` +
          `SUMPRODUCT((${lines}>0)*SUMIFS(${refs.contribution},${refs.month},${yoyKeys},${seller},${crit})))`,
        value: yoyValue,
      }
    : yoyValue;
  const t = messages(place.lang).sellers;
  return [
    x.key,
    caop,
    yoy,
    ...ratioCells(place, R, x.caop, x.yoy),
    { text: t.seeDetail, link: { sheet: input.detail.sheet, cell: input.detail.rowCell(x.key) } },
  ];
}

/** The salespeople after the top ones: the year-to-date row minus the listed ones. */
function othersRow(
  place: SellerPlace,
  input: SellerInput,
  top: readonly SellerRow[],
  rest: number,
  firstRow: number,
  R: number,
): PlanCell[] {
  const { model, T, helper } = place;
  const t = messages(place.lang).sellers;
  const sum = (f: (x: SellerRow) => Decimal): Decimal => top.reduce((a, x) => a.plus(f(x)), new Decimal(0));
  const caop = model.total.caop.minus(sum((x) => x.caop));
  const n1 = top[0].yoy !== null;
  const yoy = n1 ? model.total.yoyCaop.minus(sum((x) => x.yoy ?? new Decimal(0))) : null;
  const span = (c: string): string => `${c}${firstRow}:${c}${R - 1}`;
  const p = colLetter(helper.yoyToDate);
  return [
    fill(t.others, { count: rest }),
    { formula: `=$B$${T}-SUM(${span("B")})`, value: caop.toNumber() },
    {
      formula: `=IF(COUNT(${span("C")})=0,"${ND}",$${p}$${T}-SUM(${span("C")}))`,
      value: yoy === null ? ND : yoy.toNumber(),
    },
    ...ratioCells(place, R, caop, yoy),
    { text: t.seeDetail, link: { sheet: input.detail.sheet, cell: "A4" } },
  ];
}

/** Number formats, styles and the red negative variations of the block's rows. */
function sellerFormats(place: SellerPlace, from: number, to: number): void {
  const { s } = place;
  const money = moneyFormat(place.currency);
  s.formats.push(
    { range: range(from, 2, to, 3), numberFormat: money },
    { range: range(from, 4, to, 4), numberFormat: PERCENT_FORMAT, style: STYLES.right },
    { range: range(from, 5, to, 5), numberFormat: RATE_FORMAT, style: STYLES.right },
    { range: range(from, 6, to, 6), style: STYLES.link },
  );
  s.conditionalFormats.push({
    range: range(from, 4, to, 4),
    rule: { type: "cellIs", operator: "lessThan", values: [0] },
    style: STYLES.negative,
  });
}
