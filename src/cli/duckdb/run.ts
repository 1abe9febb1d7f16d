/**
 * `caop compute FILE… --engine duckdb` (issue 14): each file read by embedded DuckDB as text lines,
 * split, its amounts and dates read in SQL (read-sql.ts) and its lines classified by the rule set
 * compiled to SQL (core/classify/sql.ts); sums exact in DECIMAL(38,6), totals combined with decimal.js.
 * Loaded lazily by the CLI: `caop compute` without --engine duckdb never loads the native module.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { classificationSql, flagWord, opFlagKeySql, sqlString } from "../../core/classify/sql";
import { diag, DIAG } from "../../core/diagnostics";
import { EngineError } from "../../core/errors";
import { detectMapping } from "../../core/fields";
import { directionWords } from "../../core/engine/directions";
import { moneyUnits } from "../../core/amount-units";
import { DEFAULT_OP_FLAG_MARKS, DEFAULT_RULES, type RuleSet } from "../../core/rules";
import type { Diagnostic, MappingOverrides } from "../../core/types";
import { encodingNotice, type TextEncodingName } from "../../workbook/readers/decode";
import { READ_DIAG } from "../../workbook/readers/read-diagnostics";
import { entityOf, sniffFile, type SniffedFile } from "./files";
import { fastAmountSql, fastPeriodSql, readMacros } from "./read-sql";
import { addRows, type FileOutcome, type GroupRow } from "./totals";

/** Options of a DuckDB computation (the CLI's). */
export interface DuckOptions {
  /** The user's --map, as the default engine reads it ("field=": no column). */
  mapping?: MappingOverrides;
  strict?: boolean;
  decimal?: "," | ".";
  dates?: "dmy" | "mdy";
  rules?: RuleSet;
  /** Return every line's row, kind and scope (tests: the conformance of the two engines). */
  keepLines?: boolean;
}

/** Fields this path reads; a mapping needing others (quantity × price, per-line deductions…) is refused. */
const READ_FIELDS = new Set([
  "date",
  "amount",
  "debit",
  "credit",
  "direction",
  "account",
  "label",
  "kind",
  "op_flag",
]);

/** Dimensions the TypeScript engine reads for breakdowns only: mapped, not needed for the totals. */
const IGNORED_FIELDS = new Set(["id", "client", "segment", "product", "salesperson", "entity", "currency"]);

/** Computes every file with one embedded DuckDB; the outcomes in file order. */
export async function computeFiles(files: readonly string[], options: DuckOptions): Promise<FileOutcome[]> {
  // Bounded memory: past the limit DuckDB spills its temporary tables to disk, whatever the line count.
  const spill = await mkdtemp(join(tmpdir(), "caop-duckdb-spill-"));
  const instance = await DuckDBInstance.create(":memory:", {
    threads: "2",
    preserve_insertion_order: "true",
    memory_limit: process.env.CAOP_DUCKDB_MEMORY ?? "512MB",
    temp_directory: spill,
  });
  const con = await instance.connect();
  try {
    for (const m of readMacros()) await exec(con, m);
    const out: FileOutcome[] = [];
    for (const file of files) out.push(await computeFile(con, file, options));
    return out;
  } finally {
    con.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  }
}

/** CAOP_DUCKDB_TRACE=1 prints each statement's time on stderr (to see where a file's time goes). */
function trace(start: number, sql: string): void {
  if (process.env.CAOP_DUCKDB_TRACE)
    process.stderr.write(`${Date.now() - start} ms  ${sql.slice(0, 70).replace(/\s+/g, " ")}\n`);
}

/** Runs a statement (traced). */
async function exec(con: DuckDBConnection, sql: string): Promise<void> {
  const t = Date.now();
  await con.run(sql);
  trace(t, sql);
}

/** The rows of a query as objects of strings (JSON-safe: DECIMAL and BIGINT as text). */
async function rowsOf(con: DuckDBConnection, sql: string): Promise<Record<string, string | null>[]> {
  const t = Date.now();
  const r = await con.runAndReadAll(sql);
  trace(t, sql);
  return r.getRowObjectsJson() as Record<string, string | null>[];
}

/** One field's text as a SQL expression over the split fields `f` (NULL when unmapped). */
function fieldSql(index: number | undefined, quoted: boolean): string {
  if (index === undefined) return "CAST(NULL AS VARCHAR)";
  const x = `f[${index + 1}]`;
  return quoted
    ? `CASE WHEN length(${x}) >= 2 AND starts_with(${x}, '"') AND ends_with(${x}, '"') THEN replace(substr(${x}, 2, length(${x}) - 2), '""', '"') ELSE ${x} END`
    : x;
}

/** read_csv takes the first line as the header: title rows or a header on two rows need the default engine. */
function headerNotFirst(file: string, note: string): EngineError {
  const fr = note === "two_row_header" ? "en-tête sur deux lignes" : "lignes de titre au-dessus de l'en-tête";
  const en = note === "two_row_header" ? "header on two rows" : "title rows above the header";
  return new EngineError(
    "duckdb_unsupported",
    `${file} : --engine duckdb ne lit pas ce fichier (${fr}) ; utilisez le moteur par défaut`,
    `${file}: --engine duckdb does not read this file (${en}); use the default engine`,
  );
}

/** Reads, classifies and sums one file. */
async function computeFile(con: DuckDBConnection, file: string, options: DuckOptions): Promise<FileOutcome> {
  const sniffed = await sniffFile(file);
  if (sniffed.headNote !== null) throw headerNotFirst(file, sniffed.headNote);
  const map = checkedMapping(file, sniffed.headers, options);
  const f = (field: string) => fieldSql(map[field], sniffed.quoted);
  await loadFields(con, sniffed, {
    c_date: f("date"),
    account: f("account"),
    label: f("label"),
    nature: f("kind"),
    c_flag: f("op_flag"),
    c_amount: f("amount"),
    c_debit: f("debit"),
    c_credit: f("credit"),
    c_dir: f("direction"),
  });
  const header = (i: number | undefined) => (i === undefined ? "" : (sniffed.headers[i] ?? ""));
  const diagnostics: Diagnostic[] = [];
  const expected = sniffed.headers.length;
  const notice = encodingNotice(sniffed.encoding as TextEncodingName);
  if (notice !== null) diagnostics.push(notice);
  diagnostics.push(...(await badRows(con, expected, sniffed.sep)));
  const ev = await evidence(con, map, options);
  const layout =
    map.debit !== undefined ? "debit_credit" : map.direction !== undefined ? "amount_direction" : "amount";
  await readAmountsAndDates(con, layout, ev, expected);
  if (layout === "amount_direction") diagnostics.push(...(await plusMinusOne(con, header(map.direction))));
  // Lines with an amount are classified before their date is read, as the TypeScript engine does:
  // a line that is not revenue is set aside whatever its date (caop_used: the lines that count).
  const cls = classificationSql(options.rules ?? DEFAULT_RULES, "duckdb", {
    table: "caop_ok",
    passThrough: ["period"],
  });
  await exec(
    con,
    `CREATE OR REPLACE TEMP TABLE caop_ok AS SELECT row_id, account, label, nature, op_flag, amount, signed, period FROM caop_lines_read WHERE amount IS NOT NULL`,
  );
  await exec(
    con,
    `CREATE OR REPLACE TEMP TABLE caop_cls AS SELECT row_id, period, kind, scope, amount, contribution FROM (${cls})`,
  );
  await exec(
    con,
    `CREATE OR REPLACE TEMP VIEW caop_used AS SELECT * FROM caop_cls WHERE period IS NOT NULL OR scope = 'not_revenue'`,
  );
  diagnostics.push(
    ...(await unreadable(con, layout, {
      amount: header(map.amount),
      debit: header(map.debit),
      credit: header(map.credit),
      direction: header(map.direction),
      date: header(map.date),
    })),
  );
  const groups = (await rowsOf(
    con,
    `SELECT period, kind, scope, count(*)::VARCHAR AS n, sum(contribution)::VARCHAR AS s, sum(amount)::VARCHAR AS base
     FROM caop_used GROUP BY ALL ORDER BY period, kind, scope`,
  )) as unknown as GroupRow[];
  const review = await rowsOf(
    con,
    `SELECT row_id::VARCHAR AS row, contribution::VARCHAR AS amount FROM caop_used WHERE scope = 'to_review' ORDER BY row_id`,
  );
  const counts = (
    await rowsOf(
      con,
      `SELECT count(*) FILTER (WHERE nf = 0)::VARCHAR AS blank, count(*)::VARCHAR AS total FROM caop_fields`,
    )
  )[0];
  const lines = options.keepLines
    ? await rowsOf(con, `SELECT row_id::VARCHAR AS row, kind, scope FROM caop_used ORDER BY row_id`)
    : [];
  await exec(con, "DROP VIEW IF EXISTS caop_used");
  for (const t of ["caop_cls", "caop_ok", "caop_fields"]) await exec(con, `DROP TABLE IF EXISTS ${t}`);
  // A single-byte file was read from a UTF-8 copy in its own temporary folder.
  if (sniffed.path !== file) await rm(dirname(sniffed.path), { recursive: true, force: true });
  return addRows({
    file,
    entity: entityOf(file),
    groups,
    review: review.map((r) => ({ row: Number(r.row), amount: r.amount ?? "0" })),
    diagnostics,
    strict: options.strict === true,
    blank: Number(counts.blank),
    accountColumn: header(map.account),
    mapping: Object.fromEntries(Object.entries(map).map(([k, v]) => [k, header(v)])),
    reading: { decimal: ev.readingMarks(header), date: header(map.date), date_order: ev.dateOrder },
    physicalLines: Number(counts.total),
    lines: lines.map((l) => ({ row: Number(l.row), kind: l.kind ?? "", scope: l.scope ?? "" })),
  });
}

/** The mapping of a file's headers; throws when a required column is missing or one this path does not read is mapped. */
function checkedMapping(
  file: string,
  headers: string[],
  options: DuckOptions,
): Record<string, number | undefined> {
  const info = detectMapping(headers, options.mapping ?? {});
  if (info.missing.length > 0) {
    const names = info.missing.join(", ");
    throw new EngineError(
      "missing_column",
      `${file} : colonne obligatoire absente : ${names}`,
      `${file}: required column missing: ${names}`,
    );
  }
  const map = info.mapping as Record<string, number | undefined>;
  const unsupported = Object.keys(map).filter((f) => !READ_FIELDS.has(f) && !IGNORED_FIELDS.has(f));
  if (unsupported.length > 0) {
    throw new EngineError(
      "duckdb_unsupported",
      `${file} : --engine duckdb ne lit pas les colonnes ${unsupported.join(", ")} ; utilisez le moteur par défaut`,
      `${file}: --engine duckdb does not read the columns ${unsupported.join(", ")}; use the default engine`,
    );
  }
  // A money column in thousands ("Montant (k€)") is read × 1 000 by the default engine only.
  const units = Object.keys(moneyUnits(headers, map) ?? {});
  if (units.length > 0) {
    throw new EngineError(
      "duckdb_unsupported",
      `${file} : --engine duckdb ne lit pas les montants en milliers ou millions (${units.join(", ")}) ; utilisez le moteur par défaut`,
      `${file}: --engine duckdb does not read amounts in thousands or millions (${units.join(", ")}); use the default engine`,
    );
  }
  return map;
}

/** Amounts and dates the common forms left unread, by the macros (in caop_fields); the view caop_lines_read. */
async function readAmountsAndDates(
  con: DuckDBConnection,
  layout: "debit_credit" | "amount_direction" | "amount",
  ev: Awaited<ReturnType<typeof evidence>>,
  expected: number,
): Promise<void> {
  const readers: [string, string, boolean][] =
    layout === "debit_credit"
      ? [
          ["a_debit", "c_debit", true],
          ["a_credit", "c_credit", true],
        ]
      : [["a_amount", "c_amount", false]];
  const words = (sign: 1 | -1): string => directionWords(sign).map(sqlString).join(", ");
  const dirSign = `CASE WHEN upper(trim(coalesce(c_dir, ''))) IN (${words(1)}) THEN 1
    WHEN upper(trim(coalesce(c_dir, ''))) IN (${words(-1)}) THEN -1 END`;
  const amount =
    layout === "debit_credit"
      ? "a_credit - a_debit"
      : layout === "amount_direction"
        ? `a_amount * (${dirSign})`
        : "a_amount";
  const flag = ev.xEmpty ? "CASE WHEN trim(coalesce(c_flag, '')) = '' THEN 'non' ELSE c_flag END" : "c_flag";
  // The common forms were read by loadFields; the full readings (big macros) only on the rows left.
  for (const [a, c, ez] of readers) {
    const mark = sqlString(ev.marks[c as keyof typeof ev.marks]);
    await exec(
      con,
      `UPDATE caop_fields SET ${a} = caop_amount(${c}, ${mark}, ${ez}) WHERE nf = ${expected} AND ${a} IS NULL`,
    );
  }
  await exec(
    con,
    `UPDATE caop_fields SET period = caop_period(c_date, ${sqlString(ev.dateOrder)}) WHERE nf = ${expected} AND period IS NULL`,
  );
  await exec(
    con,
    `CREATE OR REPLACE TEMP VIEW caop_lines_read AS SELECT *, ${amount} AS amount, ${flag} AS op_flag,
      ${layout === "amount" ? "FALSE" : "TRUE"} AS signed FROM caop_good`,
  );
}

/**
 * Loads a file's mapped fields into caop_fields (row_id = the row the user sees, header = 1; nf = the
 * number of fields, 0 for a blank line; bad_line = the text of a line with a wrong number of fields),
 * and caop_good, its lines with the header's number of fields.
 */
async function loadFields(
  con: DuckDBConnection,
  s: SniffedFile,
  fields: Record<string, string>,
): Promise<void> {
  const sep = sqlString(s.sep);
  const re = sqlString(s.sep === "|" ? "\\|" : s.sep);
  const split = s.quoted
    ? `regexp_extract_all(concat(line, ${sep}), concat('("(?:[^"]|"")*"|[^"', ${re}, ']*)', ${re}), 1)`
    : `string_split(line, ${sep})`;
  const expected = s.headers.length;
  const cols = Object.entries(fields).map(([name, expr]) => `${expr} AS ${name}`);
  // The lines are stored first, in file order (preserve_insertion_order): rowid + 1 is the row the user
  // sees, without row_number() OVER (), which runs on one thread; the split runs in parallel.
  await exec(
    con,
    `CREATE OR REPLACE TEMP TABLE caop_raw AS SELECT line FROM read_csv(${sqlString(s.path)}, columns = {'line': 'VARCHAR'},
      header = false, auto_detect = false, delim = chr(31), quote = '', escape = '', strict_mode = false${s.newLine === "\\r" ? ", new_line = '\\r'" : ""})`,
  );
  // The common amount and date forms are read here already (fastAmountSql): they need no evidence.
  await exec(
    con,
    `CREATE OR REPLACE TEMP TABLE caop_fields AS
    SELECT *, ${fastAmountSql("c_amount")} AS a_amount, ${fastAmountSql("c_debit")} AS a_debit,
      ${fastAmountSql("c_credit")} AS a_credit, ${fastPeriodSql("c_date")} AS period
    FROM (SELECT row_id, nf, CASE WHEN nf <> ${expected} AND nf > 0 THEN array_to_string(f, ${sep}) END AS bad_line,
      ${cols.join(", ")}
      FROM (SELECT row_id, f, CASE WHEN f IS NULL OR (len(f) = 1 AND trim(f[1]) = '') THEN 0 ELSE len(f) END AS nf
        FROM (SELECT rowid + 1 AS row_id, ${split} AS f FROM caop_raw WHERE rowid > 0)))`,
  );
  await exec(con, "DROP TABLE caop_raw");
  await exec(
    con,
    `CREATE OR REPLACE TEMP VIEW caop_good AS SELECT * FROM caop_fields WHERE nf = ${expected}`,
  );
}

/** Rows with too many or too few fields: unusable, with their row and text (nothing dropped silently). */
async function badRows(con: DuckDBConnection, expected: number, sep: string): Promise<Diagnostic[]> {
  const rows = await rowsOf(
    con,
    `SELECT row_id::VARCHAR AS row, nf::VARCHAR AS nf, bad_line AS line FROM caop_fields WHERE nf <> ${expected} AND nf > 0 ORDER BY row_id`,
  );
  return rows.map((r) =>
    diag(Number(r.nf) > expected ? READ_DIAG.straySeparatorUnusable : READ_DIAG.missingFields, {
      row: Number(r.row),
      column: "",
      value: r.line ?? "",
      args: { count: Number(r.nf), expected, sep },
    }),
  );
}

/**
 * As decideMarks: a column holding ambiguous values ("1.617": one mark, 3 digits after 1–3 digits
 * not starting with 0) and no proof reads with the mark the other columns prove, when they agree.
 * Its own query, run only then (a pass of regular expressions over every amount costs ~0.5 s a million).
 */
async function fileMark(
  con: DuckDBConnection,
  cols: readonly string[],
  decided: Record<string, "," | ".">,
  by: Record<string, string>,
): Promise<void> {
  const proven = new Set(cols.filter((c) => by[c] === "data").map((c) => decided[c]));
  const open = cols.filter((c) => by[c] !== "data");
  if (proven.size !== 1 || open.length === 0) return;
  const [mark] = proven;
  const ambiguous = (c: string) =>
    `count(*) FILTER (WHERE regexp_full_match(caop_sp(${c}), '[^0-9]*[1-9][0-9]{0,2}[.,][0-9]{3}[^0-9.,]*'))::VARCHAR AS ${c}`;
  const r = (await rowsOf(con, `SELECT ${open.map(ambiguous).join(", ")} FROM caop_good`))[0];
  for (const c of open) if (Number(r[c]) > 0) [decided[c], by[c]] = [mark, "data"];
}

/** What the data proves per column: decimal marks, day/month order, the OP flag's "X / empty" convention. */
async function evidence(
  con: DuckDBConnection,
  map: Record<string, number | undefined>,
  options: DuckOptions,
) {
  const cols = ["c_amount", "c_debit", "c_credit"];
  const marks = cols.map(
    (c) =>
      `count(*) FILTER (WHERE m_${c} = '.')::VARCHAR AS ${c}_dot, count(*) FILTER (WHERE m_${c} = ',')::VARCHAR AS ${c}_comma`,
  );
  const rules = options.rules ?? DEFAULT_RULES;
  const marksList = (rules.opFlag.marks ?? DEFAULT_OP_FLAG_MARKS).map(flagWord).join(", ");
  const key = opFlagKeySql("duckdb", "c_flag");
  const r = (
    await rowsOf(
      con,
      `SELECT ${marks.join(", ")},
      count(*) FILTER (WHERE proof = 'dmy')::VARCHAR AS dmy,
      count(*) FILTER (WHERE proof = 'mdy')::VARCHAR AS mdy,
      count(*) FILTER (WHERE flag_mark = FALSE)::VARCHAR AS flag_other,
      count(*) FILTER (WHERE flag_mark)::VARCHAR AS flag_marks
     FROM (SELECT ${cols.map((c) => `caop_mark(${c}) AS m_${c}`).join(", ")}, caop_date_proof(c_date) AS proof,
       CASE WHEN trim(coalesce(c_flag, '')) <> '' THEN ${key} IN (${marksList}) END AS flag_mark
       FROM caop_good)`,
    )
  )[0];
  const decided: Record<string, "," | "."> = {};
  const by: Record<string, string> = {};
  for (const c of cols) {
    const dot = Number(r[`${c}_dot`]);
    const comma = Number(r[`${c}_comma`]);
    decided[c] = dot > comma ? "." : comma > dot ? "," : (options.decimal ?? ",");
    by[c] = dot + comma > 0 ? "data" : options.decimal ? "option" : "default";
  }
  const fieldOf: Record<string, string> = { c_amount: "amount", c_debit: "debit", c_credit: "credit" };
  await fileMark(
    con,
    cols.filter((c) => map[fieldOf[c]] !== undefined),
    decided,
    by,
  );
  const dmy = Number(r.dmy);
  const mdy = Number(r.mdy);
  const dateOrder: "dmy" | "mdy" =
    dmy > 0 && mdy === 0 ? "dmy" : mdy > 0 && dmy === 0 ? "mdy" : (options.dates ?? "dmy");
  return {
    marks: decided as Record<"c_amount" | "c_debit" | "c_credit", "," | ".">,
    dateOrder,
    xEmpty: map.op_flag !== undefined && Number(r.flag_marks) > 0 && Number(r.flag_other) === 0,
    readingMarks: (header: (i: number | undefined) => string) =>
      Object.fromEntries(
        cols
          .filter((c) => map[fieldOf[c]] !== undefined)
          .map((c) => [header(map[fieldOf[c]]), { mark: decided[c], by: by[c] }]),
      ),
  };
}

/** Unreadable amounts, directions and dates: one diagnostic each, with row, column and value. */
async function unreadable(
  con: DuckDBConnection,
  layout: string,
  headers: Record<string, string>,
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const amountCols =
    layout === "debit_credit"
      ? [
          ["a_debit", "c_debit", headers.debit],
          ["a_credit", "c_credit", headers.credit],
        ]
      : [["a_amount", "c_amount", headers.amount]];
  const checks = amountCols.map(
    ([a, c, h]) =>
      `CASE WHEN ${a} IS NULL THEN struct_pack(col := ${sqlString(h)}, val := ${c}, empty := trim(coalesce(${c}, '')) = '') END`,
  );
  const rows = await rowsOf(
    con,
    `SELECT row_id::VARCHAR AS row, coalesce(${checks.join(", ")}).col AS col, coalesce(${checks.join(", ")}).val AS val,
       coalesce(${checks.join(", ")}).empty::VARCHAR AS empty, c_dir, c_date, amount::VARCHAR AS amount, period
     FROM caop_lines_read WHERE (amount IS NULL OR period IS NULL)
       AND row_id NOT IN (SELECT row_id FROM caop_cls WHERE period IS NULL AND scope = 'not_revenue') ORDER BY row_id`,
  );
  for (const r of rows) {
    const row = Number(r.row);
    if (r.col !== null) {
      const spec = r.empty === "true" ? DIAG.amountEmpty : DIAG.amountUnreadable;
      out.push(diag(spec, { row, column: r.col, value: r.val ?? "" }));
    } else if (r.amount === null && layout === "amount_direction") {
      out.push(diag(DIAG.directionUnreadable, { row, column: headers.direction, value: r.c_dir ?? "" }));
    } else if (r.period === null) {
      const empty = (r.c_date ?? "").trim() === "";
      out.push(
        diag(empty ? DIAG.dateEmpty : DIAG.dateUnreadable, {
          row,
          column: headers.date,
          value: r.c_date ?? "",
          amount: r.amount ?? "0.00",
        }),
      );
    }
  }
  return out;
}

/** The `sens_plus_minus_one` notice when the Sens column uses +1/-1 (amount-direction.ts). */
async function plusMinusOne(con: DuckDBConnection, column: string): Promise<Diagnostic[]> {
  const r = await rowsOf(
    con,
    `SELECT count(*)::VARCHAR AS n FROM caop_good WHERE trim(coalesce(c_dir, '')) IN ('+1', '-1', '1')`,
  );
  return Number(r[0].n) > 0 ? [diag(DIAG.sensPlusMinusOne, { row: 0, column, value: "+1/-1" })] : [];
}
