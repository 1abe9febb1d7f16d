/**
 * The rule set compiled to SQL (issue 14): the SPEC 2.1 classification of a table of mapped lines as
 * one SELECT, for DuckDB (embedded, `caop compute --engine duckdb`) or Spark SQL / Databricks (`caop
 * sql --dialect spark`). Pure string generation from the same data the TypeScript classifier compiles
 * (compile.ts): one CASE per step, account prefixes longest first, nature values and label keywords as
 * whole-word regular expressions (plurals in -s/-x, articles and de/of optional between words),
 * keyword exceptions masked out of the label before that rule's keywords are tried, the sign rule.
 *
 * Input table `caop_lines` (the documented columns, see SQL_INPUT_COLUMNS): row_id, account, label,
 * nature, op_flag (texts, NULL or '' when absent), amount (DECIMAL, signed as read), signed (true
 * when the data signs the amount: debit/credit, Montant/Sens; false for one amount column).
 * Output: every input column plus kind, scope ('not_revenue' for lines outside class 7) and
 * contribution (the line's signed effect, SPEC 2.2).
 */
import { DEFAULT_OP_FLAG_MARKS, type RuleSet } from "../rules";
import { normalizeText, wordsOf } from "../text";
import type { Kind, Scope } from "../types";
import { compileRules } from "./compile";
import type { CompiledAccount, CompiledOverride } from "./decisions";

const NULL_INT = "CAST(NULL AS INT)";
const NULL_TEXT = "CAST(NULL AS STRING)";
/** Sales accounts of the PCG (701–708; 700, the Belgian PCMN's): where the SPEC 2.1 sign rule applies (compile.ts). */
const SALES_ACCOUNT_RE = /^70[0-8]/;

/** SQL dialects the rule set compiles to. */
export type SqlDialect = "duckdb" | "spark";
export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "spark"];

/** The columns of the input table `caop_lines`, with their meaning (README and `caop sql` header). */
export const SQL_INPUT_COLUMNS: readonly (readonly [string, string])[] = [
  ["row_id", "the line's row number in its file (header = row 1)"],
  ["account", "account number text (CompteNum), or NULL"],
  ["label", "label text (EcritureLib, Libellé), or NULL"],
  ["nature", "nature / line type text, or NULL"],
  ["op_flag", "OP flag text (Oui/Non, 1/0, X…), or NULL"],
  ["amount", "the line's amount, DECIMAL(38,6), signed as read (credit − debit for a ledger)"],
  ["signed", "BOOLEAN: true when the data signs the amount (debit/credit, Montant/Sens)"],
];

/** Articles and de/of, optional between a phrase's words (text.ts LINK_WORDS). */
const LINK_WORDS = ["d", "de", "du", "des", "l", "la", "le", "les", "un", "une", "a", "an", "the", "of"];
const LINK_SET = new Set(LINK_WORDS);

/** A SQL string literal. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A Spark SQL string literal: backslashes doubled (Spark unescapes literals). */
function sparkString(s: string): string {
  return sqlString(s.replace(/\\/g, "\\\\"));
}

/** Escapes a normalised word for a regular expression (letters and digits pass unchanged). */
function reWord(w: string): string {
  const escaped = w.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
  // sameWord: a text word may be the keyword plus s/x when it then has 4+ letters.
  return w.length >= 3 ? `${escaped}[sx]?` : escaped;
}

/**
 * The regular expression of one phrase over a "tokenised" text (each word wrapped in its own spaces,
 * see tokens()): its content words in order, link words of the text skipped between them. Null for
 * an empty phrase.
 */
export function phraseRegex(phrase: string): string | null {
  const all = wordsOf(phrase);
  if (all.length === 0) return null;
  const content = all.filter((w) => !LINK_SET.has(w));
  const words = content.length > 0 ? content : all;
  const link = `(?: (?:${LINK_WORDS.join("|")}) )*`;
  return words.map((w) => ` ${reWord(w)} `).join(link);
}

/** One regular expression matching any of the phrases, or null when none is usable. */
function anyPhrase(phrases: readonly string[]): string | null {
  const res = [...new Set(phrases.map(phraseRegex).filter((r): r is string => r !== null))];
  return res.length === 0 ? null : res.length === 1 ? res[0] : `(?:${res.join("|")})`;
}

/** The dialect's pieces: regex match and replace, accent stripping. */
interface Dialect {
  /** A string literal (Spark reads backslashes in literals as escapes: doubled there). */
  lit(s: string): string;
  matches(expr: string, re: string): string;
  replaceAll(expr: string, re: string, by: string): string;
  stripAccents(expr: string): string;
  /** How the lines' CTE is declared: DuckDB would otherwise copy every line once more (materialised). */
  linesCte: string;
}

const ACCENTED = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿžźż";
const PLAIN = "aaaaaaaaacccdeeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz";

const DIALECTS: Record<SqlDialect, Dialect> = {
  duckdb: {
    lit: sqlString,
    matches: (e, re) => `regexp_matches(${e}, ${sqlString(re)})`,
    replaceAll: (e, re, by) => `regexp_replace(${e}, ${sqlString(re)}, ${sqlString(by)}, 'g')`,
    stripAccents: (e) => `strip_accents(${e})`,
    // Referenced five times, caop_in would be materialised: a copy of every column of every line.
    // Inlined, each reference scans only the columns it needs (classification ~2× faster on 1M lines).
    linesCte: "caop_in AS NOT MATERIALIZED",
  },
  spark: {
    lit: sparkString,
    matches: (e, re) => `(${e} RLIKE ${sparkString(re)})`,
    replaceAll: (e, re, by) => `regexp_replace(${e}, ${sparkString(re)}, ${sparkString(by)})`,
    stripAccents: (e) => `translate(${e}, ${sqlString(ACCENTED)}, ${sqlString(PLAIN)})`,
    linesCte: "caop_in AS",
  },
};

/** normalizeText in SQL: lower-case, no accents, œ/æ/ß unfolded, runs of non-letters as one space, trimmed. */
function normalizedSql(d: Dialect, col: string): string {
  const lowered = `lower(${d.stripAccents(`lower(coalesce(${col}, ''))`)})`;
  const ligatures = `replace(replace(replace(${lowered}, 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss')`;
  return `trim(${d.replaceAll(ligatures, "[^\\p{L}\\p{N}]+", " ")})`;
}

/** A normalised text as tokens: ' w1  w2  w3 ' (each word in its own spaces), so phrases match whole words. */
function tokensSql(normalized: string): string {
  return `concat(' ', replace(${normalized}, ' ', '  '), ' ')`;
}

/** Label keyword rules with their SQL condition over the tokenised label (exceptions masked). */
interface RuleCond {
  scope?: Scope;
  kind?: Kind;
  cond: string;
}

/** Options of classificationSql. */
export interface SqlOptions {
  /** Input table or view name; default caop_lines. */
  table?: string;
  /** Other input columns to carry to the output (the runner's period). */
  passThrough?: readonly string[];
}

/**
 * The classification of `caop_lines` as one SELECT in a dialect (see the module comment): kind,
 * scope and contribution per line, the same as createClassifier(rules) decides line by line.
 */
export function classificationSql(rules: RuleSet, dialect: SqlDialect, options: SqlOptions = {}): string {
  const d = DIALECTS[dialect];
  const table = options.table ?? "caop_lines";
  const compiled = compileRules(rules);
  const keywordConds = keywordRules(rules, d);
  const natureConds = compiled.natureRules.map((r) => ({
    scope: r.scope,
    kind: r.kind,
    cond: condOf(d, "n_tok", anyPhrase(r.words)),
  }));
  const accounts = [...compiled.byPrefix.values()].sort(
    (a, b) => b.rule.prefix.length - a.rule.prefix.length || a.rule.prefix.localeCompare(b.rule.prefix),
  );
  const like = (p: string) => `acct LIKE ${sqlString(`${p}%`)}`;
  const taxCredit = compiled.taxCreditPrefixes.map(like);
  const flagNorm = normalizedSql(d, "k_flag");
  const yes = [...rules.opFlag.yes, ...(rules.opFlag.marks ?? DEFAULT_OP_FLAG_MARKS)].map(flagWord);
  const no = rules.opFlag.no.map(flagWord);
  const accountCase = accounts.length
    ? `CASE ${accounts.map((a, i) => `WHEN ${like(a.rule.prefix)} THEN ${i}`).join(" ")} END`
    : NULL_INT;
  const pick = (conds: RuleCond[], test: (c: RuleCond) => string | undefined) =>
    firstOf(conds.filter((c) => test(c) !== undefined).map((c) => [c.cond, test(c)] as const));
  // Every label override of the account rules, once: its flag is computed per distinct label.
  const overrides = [...new Set(accounts.flatMap((a) => a.overrides))];
  const overrideFlags = overrides.map(
    (o, j) => `l_any AND ${condOf(d, "l_tok", anyPhrase(o.override.keywords))} AS ov_${j}`,
  );
  // One regular expression of every label keyword and override: most labels match none and skip the rest.
  const anyWord = anyPhrase([
    ...rules.keywords.flatMap((r) => r.keywords),
    ...overrides.flatMap((o) => o.override.keywords),
  ]);
  const caseOnRule = (f: (a: CompiledAccount) => string | null) => {
    const whens = accounts.map((a, i) => [i, f(a)] as const).filter(([, v]) => v !== null);
    return whens.length === 0
      ? NULL_TEXT
      : `CASE acct_rule ${whens.map(([i, v]) => `WHEN ${i} THEN ${v}`).join(" ")} END`;
  };
  const acctScope = caseOnRule((a) => accountScopeSql(a, overrides));
  const acctKind = caseOnRule((a) =>
    a.rule.kindFromLabel === true
      ? `coalesce(l_deduction, ${sqlString(a.rule.kind ?? "discount")})`
      : a.rule.kind !== undefined
        ? sqlString(a.rule.kind)
        : null,
  );
  const sales = accounts.map((a, i) => (SALES_ACCOUNT_RE.test(a.rule.prefix) ? i : -1)).filter((i) => i >= 0);
  const isSales = sales.length ? `acct_rule IN (${sales.join(", ")})` : "FALSE";
  // Leading zeros are padding (SAP's "0000706000"), as in accountDigits; "0" alone stays "0".
  const written = d.replaceAll(`regexp_extract(k_account, ${d.lit("^([\\s0-9.]*)")}, 1)`, "[^0-9]", "");
  const digits = `CASE WHEN ${d.matches(written, "^0+$")} THEN '0' ELSE ${d.replaceAll(written, "^0+", "")} END`;
  const distinct = (key: string, cols: string, inner?: string) =>
    `SELECT ${key}, ${cols} FROM (SELECT ${key}${inner ? `, ${inner}` : ""} FROM (SELECT DISTINCT ${key} FROM caop_in) caop_keys) caop_inner`;
  // The label's tokens in a first step, then whether any keyword occurs, then the rules.
  const labels = (cols: string) =>
    `SELECT k_label, ${cols} FROM (SELECT k_label, l_tok, ${condOf(d, "l_tok", anyWord)} AS l_any FROM (
      SELECT k_label, ${tokensSql(normalizedSql(d, "k_label"))} AS l_tok FROM (SELECT DISTINCT k_label FROM caop_in) caop_keys
    ) caop_tok) caop_inner`;
  // Each label, nature, account and flag value is classified once (DISTINCT), then joined back.
  return `WITH ${d.linesCte} (
  SELECT *, coalesce(label, '') AS k_label, coalesce(nature, '') AS k_nature,
    coalesce(account, '') AS k_account, coalesce(op_flag, '') AS k_flag
  FROM ${table}
), caop_lbl AS (
  ${labels(
    [
      `CASE WHEN l_any THEN ${pick(keywordConds, (c) => c.scope)} END AS l_scope`,
      `CASE WHEN l_any THEN ${pick(keywordConds, (c) => c.kind)} END AS l_kind`,
      `CASE WHEN l_any THEN ${pick(keywordConds, (c) => (c.kind === "sale" ? undefined : c.kind))} END AS l_deduction`,
      ...overrideFlags,
    ].join(",\n    "),
  )}
), caop_nat AS (
  ${distinct(
    "k_nature",
    `${pick(natureConds, (c) => c.scope)} AS n_scope, ${pick(natureConds, (c) => c.kind)} AS n_kind`,
    `${tokensSql(normalizedSql(d, "k_nature"))} AS n_tok`,
  )}
), caop_acc AS (
  ${distinct(
    "k_account",
    `CASE WHEN acct = '' THEN TRUE WHEN acct LIKE '7%' THEN TRUE ${taxCredit.length ? `WHEN ${taxCredit.join(" OR ")} THEN TRUE ` : ""}ELSE FALSE END AS revenue,
    CASE WHEN acct = '' THEN ${NULL_INT} ELSE ${accountCase} END AS acct_rule`,
    `${digits} AS acct`,
  )}
), caop_flg AS (
  ${distinct(
    "k_flag",
    `CASE WHEN flag_key IN (${yes.join(", ")}) THEN 'op' WHEN flag_key IN (${no.join(", ")}) THEN 'non_core' END AS f_scope`,
    `CASE WHEN ${flagNorm} = '' THEN trim(k_flag) ELSE ${flagNorm} END AS flag_key`,
  )}
), caop_steps AS (
  SELECT caop_in.*, l_scope, l_kind, l_deduction,${overrides.map((_, j) => ` ov_${j},`).join("")}
    n_scope, n_kind, revenue, acct_rule, f_scope, (amount < 0) AS reduces
  FROM caop_in
  JOIN caop_lbl ON caop_in.k_label = caop_lbl.k_label
  JOIN caop_nat ON caop_in.k_nature = caop_nat.k_nature
  JOIN caop_acc ON caop_in.k_account = caop_acc.k_account
  JOIN caop_flg ON caop_in.k_flag = caop_flg.k_flag
), caop_account AS (
  SELECT *, ${acctScope} AS a_scope, ${acctKind} AS a_kind, ${isSales} AS sales_account
  FROM caop_steps
), caop_classified AS (
  SELECT *,
    CASE WHEN NOT revenue THEN 'not_revenue'
      ELSE coalesce(f_scope, a_scope, n_scope, l_scope, 'to_review') END AS scope,
    CASE WHEN n_kind IS NOT NULL THEN n_kind
      WHEN a_kind IS NOT NULL THEN a_kind
      WHEN l_kind IS NOT NULL AND l_kind <> 'sale' AND (acct_rule IS NULL OR NOT sales_account OR reduces) THEN l_kind
      ELSE 'sale' END AS kind
  FROM caop_account
)
SELECT row_id, account, label, nature, op_flag, amount, signed, kind, scope,${(options.passThrough ?? []).map((c) => ` ${c},`).join("")}
  CASE WHEN signed OR kind = 'sale' THEN amount ELSE -abs(amount) END AS contribution
FROM caop_classified`;
}

/** The key an OP flag cell is compared by (op-flag.ts opFlagKey), in SQL. */
export function opFlagKeySql(dialect: SqlDialect, col: string): string {
  const n = normalizedSql(DIALECTS[dialect], col);
  return `CASE WHEN ${n} = '' THEN trim(coalesce(${col}, '')) ELSE ${n} END`;
}

/** The key an OP flag word is compared by (op-flag.ts opFlagKey), as a SQL literal. */
export function flagWord(s: string): string {
  return sqlString(normalizeText(s) || s.trim());
}

/** CASE over conditions in order: the first that holds gives its value; NULL when none. */
function firstOf(pairs: (readonly [string, string | undefined])[]): string {
  const whens = pairs.filter(([c]) => c !== "FALSE").map(([c, v]) => `WHEN ${c} THEN ${sqlString(v ?? "")}`);
  return whens.length === 0 ? NULL_TEXT : `CASE ${whens.join(" ")} END`;
}

/** A regex condition over a tokenised column, FALSE when there is nothing to match. */
function condOf(d: Dialect, col: string, re: string | null): string {
  return re === null ? "FALSE" : d.matches(col, re);
}

/**
 * Label keyword rules in list order, each with its condition: its keywords over the label whose
 * occurrences of that rule's exception phrases are masked (" # "), so a keyword inside one does not count.
 */
function keywordRules(rules: RuleSet, d: Dialect): RuleCond[] {
  return rules.keywords.map((rule) => {
    const exceptions = anyPhrase(rule.exceptions ?? []);
    const text = exceptions === null ? "l_tok" : d.replaceAll("l_tok", exceptions, " # ");
    return { scope: rule.scope, kind: rule.kind, cond: condOf(d, text, anyPhrase(rule.keywords)) };
  });
}

/** An account rule's scope: its label overrides (and those of shorter prefixes), most specific first. */
function accountScopeSql(acc: CompiledAccount, all: readonly CompiledOverride[]): string {
  const whens = acc.overrides.map((o) => `WHEN ov_${all.indexOf(o)} THEN ${sqlString(o.override.scope)}`);
  return whens.length === 0
    ? sqlString(acc.rule.scope)
    : `CASE ${whens.join(" ")} ELSE ${sqlString(acc.rule.scope)} END`;
}
