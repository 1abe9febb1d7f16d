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

/** Decimals of a digits-and-separators body `b` (NULL when its layout is not an amount), see readAmountText. */
function decimalsSql(b: string): string {
  const m = (re: string) => `regexp_full_match(${b}, ${sqlString(re)})`;
  const tailLen = `length(regexp_extract(${b}, '[.,]([0-9]+)$', 1))`;
  return `CASE
    WHEN ${m("[0-9]+")} THEN 0
    WHEN ${m("[0-9]{1,3}( [0-9]{3})+")} OR ${m("[0-9]{1,3}('[0-9]{3})+")}
      OR ${m("[0-9]{1,3}(\\.[0-9]{3}){2,}")} OR ${m("[0-9]{1,3}(,[0-9]{3}){2,}")} THEN 0
    WHEN ${m("[0-9]{1,3}(?:( [0-9]{3})+|('[0-9]{3})+|(\\.[0-9]{3})+),[0-9]+")} THEN ${tailLen}
    WHEN ${m("[0-9]{1,3}(?:( [0-9]{3})+|('[0-9]{3})+|(,[0-9]{3})+)\\.[0-9]+")} THEN ${tailLen}
    WHEN ${m("[1-9][0-9]{0,2}[.,][0-9]{3}")} THEN CASE WHEN substr(${b}, length(${b}) - 3, 1) = mark THEN 3 ELSE 0 END
    WHEN ${m("[0-9]+[.,][0-9]+")} THEN ${tailLen}
  END`;
}

/** The common amount texts, read by a plain cast: digits, an optional sign, at most 2 decimals. */
const FAST_AMOUNT = "-?[0-9]{1,12}(?:[.,][0-9]{1,2})?";
/** Thousands grouped by a space (ASCII, U+00A0, U+202F: "1 234,56" as French exports write it), ≤ 12 digits, ≤ 2 decimals. */
const FAST_GROUPED = "-?[0-9]{1,3}(?:[ \\x{00A0}\\x{202F}][0-9]{3}){1,3}(?:[.,][0-9]{1,2})?";
/** The group spaces FAST_GROUPED allows. */
const GROUP_SPACES = "[ \\x{00A0}\\x{202F}]";

/**
 * An amount text in a common form (FAST_AMOUNT, FAST_GROUPED: no evidence needed, the mark is the
 * one before the last 1–2 digits) as DECIMAL(38,6); NULL for any other text (read by caop_amount).
 */
export function fastAmountSql(col: string, otherwise = "NULL"): string {
  const cast = (x: string) => `CAST(CAST(replace(${x}, ',', '.') AS DECIMAL(18,6)) AS DECIMAL(38,6))`;
  return `CASE WHEN regexp_full_match(${col}, ${sqlString(FAST_AMOUNT)}) THEN ${cast(col)}
    WHEN regexp_full_match(${col}, ${sqlString(FAST_GROUPED)}) THEN ${cast(`regexp_replace(${col}, ${sqlString(GROUP_SPACES)}, '', 'g')`)}
    ELSE ${otherwise} END`;
}

/** A dd/mm/yyyy (or mm/dd/yyyy) text, the form of most CSV exports; other date texts take caop_parts. */
const FAST_SLASHED = "[0-9]{2}/[0-9]{2}/(?:19|20)[0-9]{2}";

/** A yyyymmdd date text (FEC) as its period; NULL for any other text (read by caop_period). */
export function fastPeriodSql(col: string): string {
  return `CASE WHEN regexp_full_match(${col}, '[0-9]{8}') THEN strftime(TRY_STRPTIME(${col}, '%Y%m%d'), '%Y-%m') END`;
}

/** What an amount text proves about its decimal mark, for a spaced text `s`. */
function markSlowSql(s: string): string {
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

/** The numeric parts of a date text `x` (time dropped): [a, b, c] as strings, or an empty list. */
function datePartsSql(x: string): string {
  const d = `regexp_extract(trim(coalesce(${x}, '')), '^([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4}|[0-9]{8})(?:[ T].*)?$', 1)`;
  return `CASE WHEN length(${d}) = 8 AND regexp_full_match(${d}, '[0-9]{8}')
    THEN [substr(${d}, 1, 4), substr(${d}, 5, 2), substr(${d}, 7, 2)]
    ELSE regexp_extract_all(${d}, '[0-9]+') END`;
}

/**
 * The SQL macros of this path, created once per connection: caop_amount(text, mark, empty_is_zero)
 * → DECIMAL(38,6) or NULL; caop_mark(text) → what it proves of the decimal mark ('.', ',' or NULL);
 * caop_period(text, order) → 'yyyy-mm' or NULL; caop_date_proof(text) → 'dmy', 'mdy' or NULL.
 * Each tries the common form first (one regular expression) and the full reading only when it fails.
 */
export function readMacros(): string[] {
  const valid = `((g.a IN ('-', '−', '+'))::INT + (g.b <> '')::INT + (g.d IN ('-', '−'))::INT) <= 1
    AND (g.a = '(') = (g.d = ')') AND NOT (g.a = '(' AND ((g.a IN ('-', '−', '+'))::INT + (g.b <> '')::INT + (g.d IN ('-', '−'))::INT) > 0)`;
  const negative = `(g.a IN ('-', '−', '(') OR g.b IN ('-', '−') OR g.d IN ('-', '−'))`;
  // Casting text to DECIMAL(18,6) is ~30 times faster than to DECIMAL(38,6): the wide cast only for long numbers.
  const text = `CASE WHEN f = 0 THEN d ELSE concat(left(d, length(d) - f), '.', right(d, f)) END`;
  const value = `CASE WHEN length(d) - f <= 12 THEN CAST(TRY_CAST(${text} AS DECIMAL(18,6)) AS DECIMAL(38,6)) ELSE TRY_CAST(${text} AS DECIMAL(38,6)) END`;
  return [
    `CREATE OR REPLACE TEMP MACRO caop_sp(x) AS ${spaced("x")}`,
    `CREATE OR REPLACE TEMP MACRO caop_dec(b, mark) AS ${decimalsSql("b")}`,
    `CREATE OR REPLACE TEMP MACRO caop_read3(f, d, neg) AS CASE WHEN f IS NULL OR f > ${MAX_DECIMALS} THEN NULL WHEN neg THEN -(${value}) ELSE ${value} END`,
    `CREATE OR REPLACE TEMP MACRO caop_read2(g, mark) AS CASE WHEN ${valid} THEN caop_read3(caop_dec(g.body, mark), regexp_replace(g.body, '[^0-9]', '', 'g'), ${negative}) END`,
    `CREATE OR REPLACE TEMP MACRO caop_read1(s, mark, ez) AS CASE WHEN s = '' THEN (CASE WHEN ez THEN CAST(0 AS DECIMAL(38,6)) END)
      WHEN regexp_full_match(s, ${sqlString(AMOUNT_RE)}) THEN caop_read2(regexp_extract(s, ${sqlString(AMOUNT_RE)}, ['a', 'b', 'body', 'd']), mark) END`,
    `CREATE OR REPLACE TEMP MACRO caop_amount(x, mark, ez) AS ${fastAmountSql("x", "caop_read1(caop_sp(x), mark, ez)")}`,
    `CREATE OR REPLACE TEMP MACRO caop_mark_slow(s) AS ${markSlowSql("s")}`,
    `CREATE OR REPLACE TEMP MACRO caop_mark(x) AS CASE WHEN x IS NULL OR x = '' THEN NULL
      WHEN regexp_full_match(x, '-?[0-9]+,[0-9]{1,2}') THEN ',' WHEN regexp_full_match(x, '-?[0-9]+\\.[0-9]{1,2}') THEN '.'
      WHEN regexp_full_match(x, '-?[0-9]+') THEN NULL
      WHEN regexp_full_match(x, ${sqlString(FAST_GROUPED)}) THEN (CASE WHEN x LIKE '%,__' OR x LIKE '%,_' THEN ','
        WHEN x LIKE '%.__' OR x LIKE '%._' THEN '.' END)
      ELSE caop_mark_slow(caop_sp(x)) END`,
    `CREATE OR REPLACE TEMP MACRO caop_parts(x) AS ${datePartsSql("x")}`,
    `CREATE OR REPLACE TEMP MACRO caop_year(y) AS CASE WHEN length(y) = 2 THEN (CASE WHEN y::INT < 30 THEN 2000 ELSE 1900 END) + y::INT WHEN length(y) = 4 THEN y::INT END`,
    `CREATE OR REPLACE TEMP MACRO caop_ymd(y, m, dd) AS CASE WHEN y IS NULL OR m IS NULL OR dd IS NULL THEN NULL
      WHEN TRY_CAST(concat(y::VARCHAR, '-', lpad(m::VARCHAR, 2, '0'), '-', lpad(dd::VARCHAR, 2, '0')) AS DATE) IS NULL THEN NULL
      ELSE concat(y::VARCHAR, '-', lpad(m::VARCHAR, 2, '0')) END`,
    `CREATE OR REPLACE TEMP MACRO caop_period_slow(p, ord) AS CASE WHEN len(p) <> 3 THEN NULL
      WHEN length(p[1]) = 4 THEN caop_ymd(p[1]::INT, p[2]::INT, p[3]::INT)
      WHEN ord = 'dmy' THEN caop_ymd(caop_year(p[3]), p[2]::INT, p[1]::INT)
      ELSE caop_ymd(caop_year(p[3]), p[1]::INT, p[2]::INT) END`,
    `CREATE OR REPLACE TEMP MACRO caop_period(x, ord) AS CASE WHEN regexp_full_match(x, '[0-9]{8}')
      THEN strftime(TRY_STRPTIME(x, '%Y%m%d'), '%Y-%m')
      WHEN regexp_full_match(x, ${sqlString(FAST_SLASHED)})
      THEN strftime(TRY_STRPTIME(x, CASE WHEN ord = 'dmy' THEN '%d/%m/%Y' ELSE '%m/%d/%Y' END), '%Y-%m')
      ELSE caop_period_slow(caop_parts(x), ord) END`,
    `CREATE OR REPLACE TEMP MACRO caop_date_proof(x) AS CASE WHEN regexp_full_match(x, '[0-9]{8}') THEN NULL
      WHEN regexp_full_match(x, ${sqlString(FAST_SLASHED)}) THEN (CASE WHEN substr(x, 1, 2)::INT > 12 THEN 'dmy'
        WHEN substr(x, 4, 2)::INT > 12 THEN 'mdy' END)
      ELSE (CASE WHEN len(caop_parts(x)) = 3 AND length(caop_parts(x)[1]) <= 2 AND caop_parts(x)[1]::INT > 12 THEN 'dmy'
        WHEN len(caop_parts(x)) = 3 AND length(caop_parts(x)[1]) <= 2 AND caop_parts(x)[2]::INT > 12 THEN 'mdy' END) END`,
  ];
}
