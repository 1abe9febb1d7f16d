/**
 * How `--engine duckdb` reads texts in SQL, the same way the TypeScript engine does (SPEC 2.2):
 * amounts read as text into DECIMAL(38,6) exactly (money.ts readAmountText: separators, signs,
 * parentheses, currency, the column's decimal mark for ambiguous values), dates into a yyyy-mm period
 * (yyyymmdd, yyyy-mm-dd, dd/mm/yyyy or mm/dd/yyyy per column, two-digit years as Excel reads them).
 * Pure string generation; NULL means unreadable (the runner turns it into a diagnostic).
 */
import { sqlString } from "../../core/classify/sql";

/** The most decimals an amount may have on this path (DECIMAL(38,6)); more is reported unreadable. */
export const MAX_DECIMALS = 6;

const SPACES = "[\\s\\x{00A0}\\x{202F}]";
const CURRENCY = "(?:€|EUR|\\$|USD|£|GBP|CHF)";
/** sign-or-paren, currency, sign, digits with separators, currency, trailing minus or paren. */
const AMOUNT_RE = `^ *([-+−(]?) *${CURRENCY}? *([-+−]?) *([0-9][0-9 '.,]*[0-9]|[0-9]) *${CURRENCY}? *([-−)]?) *$`;

/** The text of an amount cell with every kind of space as one ASCII space, trimmed. */
function spaced(col: string): string {
  return `trim(regexp_replace(coalesce(${col}, ''), ${sqlString(SPACES)}, ' ', 'g'))`;
}

/** Decimals of a digits-and-separators body (NULL when its layout is not an amount), see readAmountText. */
function decimalsSql(b: string, mark: "," | "."): string {
  const other = mark === "," ? "." : ",";
  const m = (re: string) => `regexp_full_match(${b}, ${sqlString(re)})`;
  const tailLen = `length(regexp_extract(${b}, '[.,]([0-9]+)$', 1))`;
  return `CASE
    WHEN ${m("[0-9]+")} THEN 0
    WHEN ${m("[0-9]{1,3}( [0-9]{3})+")} OR ${m("[0-9]{1,3}('[0-9]{3})+")}
      OR ${m("[0-9]{1,3}(\\.[0-9]{3}){2,}")} OR ${m("[0-9]{1,3}(,[0-9]{3}){2,}")} THEN 0
    WHEN ${m("[0-9]{1,3}(?:( [0-9]{3})+|('[0-9]{3})+|(\\.[0-9]{3})+),[0-9]+")} THEN ${tailLen}
    WHEN ${m("[0-9]{1,3}(?:( [0-9]{3})+|('[0-9]{3})+|(,[0-9]{3})+)\\.[0-9]+")} THEN ${tailLen}
    WHEN ${m(`[1-9][0-9]{0,2}\\${mark}[0-9]{3}`)} THEN 3
    WHEN ${m(`[1-9][0-9]{0,2}\\${other}[0-9]{3}`)} THEN 0
    WHEN ${m("[0-9]+[.,][0-9]+")} THEN ${tailLen}
  END`;
}

/** Columns of consecutive SELECT stages: stage i may use the aliases of stages before it. */
export type Stages = string[][];

/**
 * An amount text column read into `${n}` as DECIMAL(38,6), NULL when unreadable (or empty: see
 * emptyIsZero), in 4 stages. `mark` is the column's decimal mark (evidence, --decimal, else ","),
 * used only for ambiguous values (1,234). Also `${n}_empty` (the cell is blank).
 */
export function amountStages(col: string, n: string, mark: "," | ".", emptyIsZero: boolean): Stages {
  const g = `${n}_g`;
  const value = `TRY_CAST(CASE WHEN ${n}_f = 0 THEN ${n}_d ELSE concat(left(${n}_d, length(${n}_d) - ${n}_f), '.', right(${n}_d, ${n}_f)) END AS DECIMAL(38,6))`;
  const signs = `((${g}.a IN ('-', '−', '+'))::INT + (${g}.b <> '')::INT + (${g}.d IN ('-', '−'))::INT)`;
  const paren = `(${g}.a = '(')`;
  const valid = `${signs} <= 1 AND ${paren} = (${g}.d = ')') AND NOT (${paren} AND ${signs} > 0)`;
  const negative = `(${g}.a IN ('-', '−', '(') OR ${g}.b IN ('-', '−') OR ${g}.d IN ('-', '−'))`;
  return [
    [`${spaced(col)} AS ${n}_s`],
    [
      `regexp_extract(${n}_s, ${sqlString(AMOUNT_RE)}, ['a', 'b', 'body', 'd']) AS ${g}`,
      `regexp_full_match(${n}_s, ${sqlString(AMOUNT_RE)}) AS ${n}_ok`,
    ],
    [
      `CASE WHEN ${n}_ok AND ${valid} THEN ${decimalsSql(`${g}.body`, mark)} END AS ${n}_f`,
      `regexp_replace(${g}.body, '[^0-9]', '', 'g') AS ${n}_d`,
      `${negative} AS ${n}_neg`,
    ],
    [
      `CASE WHEN ${n}_s = '' THEN ${emptyIsZero ? "CAST(0 AS DECIMAL(38,6))" : "NULL"}
        WHEN ${n}_f IS NULL OR ${n}_f > ${MAX_DECIMALS} THEN NULL
        WHEN ${n}_neg THEN -(${value}) ELSE ${value} END AS ${n}`,
      `(${n}_s = '') AS ${n}_empty`,
    ],
  ];
}

/**
 * What an amount value proves about its column's decimal mark: '.' or ',' (a non-ambiguous decimal
 * separator, or the other one repeated as thousands), NULL otherwise.
 */
export function markProofSql(col: string): string {
  const s = spaced(col);
  const m = (re: string) => `regexp_full_match(${s}, ${sqlString(re)})`;
  return `CASE
    WHEN ${m(".*[0-9],[0-9]+[^.,]*")} AND ${m(".*\\..*,.*")} THEN ','
    WHEN ${m(".*[0-9]\\.[0-9]+[^.,]*")} AND ${m(".*,.*\\..*")} THEN '.'
    WHEN ${m("[^.,]*[0-9],([0-9]{1,2}|[0-9]{4,})[^.,0-9]*")} THEN ','
    WHEN ${m("[^.,]*[0-9]\\.([0-9]{1,2}|[0-9]{4,})[^.,0-9]*")} THEN '.'
    WHEN ${m("[^.,]*0,[0-9]{3}[^.,0-9]*")} OR ${m("[^.,]*[0-9]{4,},[0-9]{3}[^.,0-9]*")} THEN ','
    WHEN ${m("[^.,]*0\\.[0-9]{3}[^.,0-9]*")} OR ${m("[^.,]*[0-9]{4,}\\.[0-9]{3}[^.,0-9]*")} THEN '.'
    WHEN ${m("[^,]*[0-9]\\.[0-9]{3}\\.[0-9]{3}[^,]*")} THEN ','
    WHEN ${m("[^.]*[0-9],[0-9]{3},[0-9]{3}[^.]*")} THEN '.'
  END`;
}

/** The numeric parts of a date text (time dropped): [a, b, c] as strings, or an empty list. */
function dateParts(col: string): string {
  const x = `regexp_extract(trim(coalesce(${col}, '')), '^([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4}|[0-9]{8})(?:[ T].*)?$', 1)`;
  return `CASE WHEN length(${x}) = 8 AND regexp_full_match(${x}, '[0-9]{8}')
    THEN [substr(${x}, 1, 4), substr(${x}, 5, 2), substr(${x}, 7, 2)]
    ELSE regexp_extract_all(${x}, '[0-9]+') END`;
}

/** A year text as four digits: two-digit years as Excel reads them (00–29 → 20xx, 30–99 → 19xx). */
function yearSql(y: string): string {
  return `CASE WHEN length(${y}) = 2 THEN (CASE WHEN ${y}::INT < 30 THEN 2000 ELSE 1900 END + ${y}::INT)
    WHEN length(${y}) = 4 THEN ${y}::INT END`;
}

/** A date text column read into `${n}` as its period 'yyyy-mm' (NULL when unreadable), in 3 stages. */
export function periodStages(col: string, n: string, order: "dmy" | "mdy"): Stages {
  const p = `${n}_p`;
  const [di, mi] = order === "dmy" ? [1, 2] : [2, 1];
  const ok = `len(${p}) = 3`;
  const iso = `length(${p}[1]) = 4`;
  const ymd = `concat(${n}_y::VARCHAR, '-', lpad(${n}_m::VARCHAR, 2, '0'), '-', lpad(${n}_dd::VARCHAR, 2, '0'))`;
  return [
    [`${dateParts(col)} AS ${p}`],
    [
      `CASE WHEN NOT ${ok} THEN NULL WHEN ${iso} THEN ${p}[1]::INT ELSE ${yearSql(`${p}[3]`)} END AS ${n}_y`,
      `CASE WHEN NOT ${ok} THEN NULL WHEN ${iso} THEN ${p}[2]::INT ELSE ${p}[${mi}]::INT END AS ${n}_m`,
      `CASE WHEN NOT ${ok} THEN NULL WHEN ${iso} THEN ${p}[3]::INT ELSE ${p}[${di}]::INT END AS ${n}_dd`,
    ],
    [
      `CASE WHEN TRY_CAST(${ymd} AS DATE) IS NULL THEN NULL
        ELSE concat(${n}_y::VARCHAR, '-', lpad(${n}_m::VARCHAR, 2, '0')) END AS ${n}`,
    ],
  ];
}

/** What a date value proves about day/month order: 'dmy' (first part > 12), 'mdy' (second > 12), NULL. */
export function dateProofSql(col: string): string {
  const p = dateParts(col);
  return `(SELECT CASE WHEN len(p) = 3 AND length(p[1]) <= 2 AND p[1]::INT > 12 THEN 'dmy'
      WHEN len(p) = 3 AND length(p[1]) <= 2 AND p[2]::INT > 12 THEN 'mdy' END FROM (SELECT ${p} AS p))`;
}
