/**
 * Totals of `--engine duckdb`: DuckDB's exact sums per month × kind × scope combined with decimal.js
 * into the SPEC 9 JSON contract (same fields and meanings as the TypeScript engine's), plus the new
 * `engine`, `files` (per-file totals) and `entities` (per SIREN, else per file name) fields.
 */
import Decimal from "decimal.js";
import { diag, DIAG } from "../../core/diagnostics";
import { toDecimalString } from "../../core/money";
import type { CaopJson } from "../../core/report";
import { DEDUCTION_KINDS, EXCLUDED_REASONS, type Diagnostic, type Lang } from "../../core/types";
import { UNCLASSIFIED_REASON } from "../../core/classify/reasons";

/** One group of classified lines: its period, kind, scope, count and sums (decimal texts). */
export interface GroupRow {
  period: string;
  kind: string;
  scope: string;
  n: string;
  s: string;
  base: string;
}

/** What one file gave: its groups, lines to review, diagnostics, reading. */
export interface FileInput {
  file: string;
  entity: string;
  groups: GroupRow[];
  review: { row: number; amount: string }[];
  diagnostics: Diagnostic[];
  strict: boolean;
  blank: number;
  accountColumn: string;
  mapping: Record<string, string>;
  reading: { decimal: Record<string, { mark: string; by: string }>; date: string; date_order: string };
  physicalLines: number;
  /** Every line's row, kind and scope when asked (keepLines), else empty. */
  lines: { row: number; kind: string; scope: string }[];
}

/** Exact totals of a set of lines. */
export interface Sums {
  gross: Decimal;
  ded: Record<string, Decimal>;
  excl: Record<string, { count: number; amount: Decimal }>;
  review: { count: number; amount: Decimal };
  lines: number;
}

/** A file's outcome: its input and totals (whole file and per month). */
export interface FileOutcome extends FileInput {
  sums: Sums;
  months: Map<string, Sums>;
  notRevenue: { count: number; amount: Decimal };
}

/** Empty sums. */
export function newSums(): Sums {
  return {
    gross: new Decimal(0),
    ded: Object.fromEntries(DEDUCTION_KINDS.map((k) => [k, new Decimal(0)])),
    excl: Object.fromEntries(EXCLUDED_REASONS.map((k) => [k, { count: 0, amount: new Decimal(0) }])),
    review: { count: 0, amount: new Decimal(0) },
    lines: 0,
  };
}

/** Adds one group to sums (SPEC 2.2 definitions; months.ts addLine). */
function addGroup(t: Sums, g: GroupRow, strict: boolean): void {
  const n = Number(g.n);
  const s = new Decimal(g.s);
  t.lines += n;
  const counted = g.scope === "op" || (g.scope === "to_review" && !strict);
  if (counted) {
    if (g.kind === "sale") t.gross = t.gross.plus(s);
    else t.ded[g.kind] = t.ded[g.kind].minus(s);
  } else if (g.scope in t.excl) {
    t.excl[g.scope].count += n;
    t.excl[g.scope].amount = t.excl[g.scope].amount.plus(s);
  }
  if (g.scope === "to_review") {
    t.review.count += n;
    t.review.amount = t.review.amount.plus(s);
  }
}

/** Adds sums b into a. */
export function addSums(a: Sums, b: Sums): void {
  a.gross = a.gross.plus(b.gross);
  for (const k of DEDUCTION_KINDS) a.ded[k] = a.ded[k].plus(b.ded[k]);
  for (const k of EXCLUDED_REASONS) {
    a.excl[k].count += b.excl[k].count;
    a.excl[k].amount = a.excl[k].amount.plus(b.excl[k].amount);
  }
  a.review.count += b.review.count;
  a.review.amount = a.review.amount.plus(b.review.amount);
  a.lines += b.lines;
}

/** CA OP of sums: gross sales minus the deductions. */
export function caopOf(t: Sums): Decimal {
  return DEDUCTION_KINDS.reduce((c, k) => c.minus(t.ded[k]), t.gross);
}

/** A file's totals from its groups, with its not-revenue and blank-rows summaries. */
export function addRows(input: FileInput): FileOutcome {
  const sums = newSums();
  const months = new Map<string, Sums>();
  const notRevenue = { count: 0, amount: new Decimal(0) };
  for (const g of input.groups) {
    if (g.scope === "not_revenue") {
      notRevenue.count += Number(g.n);
      notRevenue.amount = notRevenue.amount.plus(g.base);
      continue;
    }
    addGroup(sums, g, input.strict);
    let m = months.get(g.period);
    if (m === undefined) months.set(g.period, (m = newSums()));
    addGroup(m, g, input.strict);
  }
  const diagnostics = [...input.diagnostics];
  if (notRevenue.count > 0) {
    diagnostics.push(
      diag(DIAG.notRevenue, {
        row: 0,
        column: input.accountColumn,
        value: String(notRevenue.count),
        amount: toDecimalString(notRevenue.amount),
        args: { count: notRevenue.count },
      }),
    );
  }
  if (input.blank > 0) {
    diagnostics.push(
      diag(DIAG.blankRows, { row: 0, column: "", value: String(input.blank), args: { count: input.blank } }),
    );
  }
  return { ...input, diagnostics, sums, months, notRevenue };
}

/** The totals part of the JSON for some sums. */
function totalsJson(t: Sums) {
  return {
    caop: toDecimalString(caopOf(t)),
    gross_sales: toDecimalString(t.gross),
    deductions: Object.fromEntries(DEDUCTION_KINDS.map((k) => [k, toDecimalString(t.ded[k])])),
    excluded: Object.fromEntries(
      EXCLUDED_REASONS.map((k) => [k, { count: t.excl[k].count, amount: toDecimalString(t.excl[k].amount) }]),
    ),
    to_review: { count: t.review.count, amount: toDecimalString(t.review.amount) },
    lines: t.lines,
  };
}

/** Per-file totals (new JSON field `files`). */
export interface FileJson extends ReturnType<typeof totalsJson> {
  file: string;
  entity: string;
}

/** The JSON of `compute --engine duckdb`: SPEC 9 fields over all files, plus engine, files, entities. */
export function duckJson(
  outcomes: readonly FileOutcome[],
  lang: Lang,
): CaopJson & {
  engine: "duckdb";
  files: FileJson[];
  entities: (ReturnType<typeof totalsJson> & { entity: string; files: string[] })[];
} {
  const all = newSums();
  const months = new Map<string, Sums>();
  const entities = new Map<string, { sums: Sums; files: string[] }>();
  for (const o of outcomes) {
    addSums(all, o.sums);
    for (const [p, m] of o.months) {
      let t = months.get(p);
      if (t === undefined) months.set(p, (t = newSums()));
      addSums(t, m);
    }
    let e = entities.get(o.entity);
    if (e === undefined) entities.set(o.entity, (e = { sums: newSums(), files: [] }));
    addSums(e.sums, o.sums);
    e.files.push(o.file);
  }
  const several = outcomes.length > 1;
  const diagnostics = outcomes.flatMap((o) =>
    o.diagnostics.map((d) => ({
      row: d.row,
      column: d.column,
      value: d.value,
      message: several ? `${o.file} : ${d.message}` : d.message,
      message_en: several ? `${o.file}: ${d.messageEn}` : d.messageEn,
      code: d.code,
      severity: d.severity,
      ...(d.amount !== undefined ? { amount: d.amount } : {}),
      ...(several ? { file: o.file } : {}),
    })),
  );
  const ignored = outcomes.flatMap((o) => o.diagnostics.filter((d) => d.severity === "error" && d.row > 0));
  const unclassified = UNCLASSIFIED_REASON[lang];
  const top = totalsJson(all);
  return {
    caop: top.caop,
    currency: "EUR",
    gross_sales: top.gross_sales,
    deductions: top.deductions as CaopJson["deductions"],
    excluded: top.excluded as CaopJson["excluded"],
    to_review: top.to_review,
    review: outcomes.flatMap((o) =>
      o.review.map((r) => ({
        row: r.row,
        amount: toDecimalString(new Decimal(r.amount)),
        reason: unclassified,
        ...(several ? { file: o.file } : {}),
      })),
    ),
    months: [...months.keys()].sort().map((p) => {
      const m = totalsJson(months.get(p) as Sums);
      return {
        period: p,
        caop: m.caop,
        gross_sales: m.gross_sales,
        deductions: m.deductions as CaopJson["deductions"],
        to_review: m.to_review,
      };
    }),
    diagnostics,
    lines: top.lines,
    ignored: {
      count: ignored.length,
      amount: toDecimalString(ignored.reduce((s, d) => (d.amount ? s.plus(d.amount) : s), new Decimal(0))),
    },
    strict: outcomes[0]?.strict ?? false,
    mapping: outcomes[0]?.mapping ?? {},
    reading: {
      decimal: Object.fromEntries(
        Object.entries(outcomes[0]?.reading.decimal ?? {}).map(([h, d]) => [h, d.mark as "," | "."]),
      ),
      decimal_by: Object.fromEntries(
        Object.entries(outcomes[0]?.reading.decimal ?? {}).map(([h, d]) => [h, { by: d.by }]),
      ),
      date: outcomes[0]?.reading.date ?? "",
      date_unused: [],
    },
    engine: "duckdb",
    files: outcomes.map((o) => ({ file: o.file, entity: o.entity, ...totalsJson(o.sums) })),
    entities: [...entities.entries()].map(([entity, e]) => ({
      entity,
      files: e.files,
      ...totalsJson(e.sums),
    })),
  };
}
