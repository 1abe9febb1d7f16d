/**
 * CSV rows with more fields than headers (SPEC 2.2): an unquoted separator inside a value. The row
 * is rebuilt when exactly one text column can absorb the surplus and every date and amount column
 * then reads as the engine reads it; otherwise the line is unusable (an error the engine skips),
 * with the amount every possible reading agrees on, when there is one. A shifted column is never
 * read as the amount. One fixer per file, shared by the whole-file and the streaming readers.
 */
import Decimal from "decimal.js";
import { readMonth } from "../../core/dates";
import { diag, type DiagSpec } from "../../core/diagnostics";
import { detectMapping, type MappingResult } from "../../core/fields";
import { centsToDecimal, newAmountOut, readAmount, toDecimalString } from "../../core/money";
import type { Diagnostic, FieldId, MappingOverrides } from "../../core/types";
import { NUMERIC_FIELDS } from "../../core/engine/evidence/columns";
import { READ_DIAG } from "./read-diagnostics";

/** Free-text fields where a stray separator may hide, most likely first; unmapped columns come after. */
const TEXT_FIELDS: readonly FieldId[] = ["label", "client", "product", "segment", "salesperson", "entity"];
const DIRECTION_RE = /^(d|c|debit|credit|débit|crédit|\+?1|-1)$/i;

type Check = (v: string) => boolean;

/** Fixes, or diagnoses, the CSV rows of one file that have more fields than its header. */
export interface CsvRowFixer {
  /**
   * The cells of data row `row` (user row number): rebuilt, or as read; a rebuilt or unusable row
   * gets its diagnostic pushed onto `diagnostics`.
   */
  fix(cells: string[], row: number, diagnostics: Diagnostic[]): string[];
}

/**
 * The fixer for a file with these headers and separator. The columns' roles come from the engine's
 * own mapping detection (with the user's overrides, `--map`), so "reads" means what the engine reads.
 */
export function csvRowFixer(
  headers: readonly string[],
  separator: string,
  overrides: MappingOverrides = {},
): CsvRowFixer {
  const info = mappingOf(headers, overrides);
  const map = info.mapping;
  const expected = headers.length;
  const checks: (Check | undefined)[] = new Array<Check | undefined>(expected).fill(undefined);
  if (map.date !== undefined) checks[map.date] = isDate;
  for (const f of NUMERIC_FIELDS) if (map[f] !== undefined) checks[map[f] as number] = optionalNumber;
  const main = map.amount ?? map.net_amount;
  if (main !== undefined && info.layout !== "debit_credit") checks[main] = isNumber;
  if (map.direction !== undefined) checks[map.direction] = (v) => DIRECTION_RE.test(v.trim());
  const mapped = new Set(Object.values(map));
  const textCols = [
    ...TEXT_FIELDS.map((f) => map[f]).filter((c): c is number => c !== undefined),
    ...headers.map((_h, i) => i).filter((i) => !mapped.has(i)),
  ];
  const fits = (fields: readonly string[]): boolean =>
    checks.every((check, i) => check === undefined || check(fields[i] ?? ""));
  // With "," as separator, an amount's unquoted decimal comma cuts it in two ("3450", "50").
  const amountCols =
    separator === "," ? NUMERIC_FIELDS.map((f) => map[f]).filter((c): c is number => c !== undefined) : [];

  return {
    fix(cells, row, diagnostics) {
      if (cells.length <= expected) return cells;
      const trimmed = dropTrailingEmpty(cells, expected);
      // Only empty values after the last column: a separator at the end of the line.
      if (trimmed.length === expected) return cells;
      const value = cells.join(separator);
      const sep = separator === "\t" ? "tabulation" : separator;
      /** The one reading kept, said with its rebuilt value. */
      const rebuilt = ({ fields, col }: Reading, spec: DiagSpec): string[] => {
        diagnostics.push(diag(spec, { row, column: headers[col], value, args: { sep, fixed: fields[col] } }));
        return fields;
      };
      const cuts = amountCols
        .map((col) => decimalCut(trimmed, expected, col))
        .filter((r): r is Reading => r !== null && fits(r.fields));
      // An amount cut at its decimal comma, and no other amount: read whole. A text column taking the
      // surplus instead would shift the cut's decimals into the amount column.
      if (cuts.length === 1) return rebuilt(cuts[0], READ_DIAG.strayDecimalComma);
      const readings = [
        ...cuts,
        ...textCols
          .map((col) => absorb(trimmed, expected, separator, col))
          .filter((r): r is Reading => r !== null && fits(r.fields)),
      ];
      if (readings.length === 1) return rebuilt(readings[0], READ_DIAG.straySeparatorFixed);
      const amount = agreedAmount(readings, info);
      const spec =
        amount === null ? READ_DIAG.straySeparatorUnusable : READ_DIAG.straySeparatorUnusableAmount;
      diagnostics.push(
        diag(spec, {
          row,
          column: textCols.length > 0 ? headers[textCols[0]] : "",
          value,
          ...(amount === null ? {} : { amount: toDecimalString(amount) }),
          args: { sep, count: cells.length, expected },
        }),
      );
      return cells;
    },
  };
}

/** The engine's mapping of these headers; overrides naming no column are left to the engine to report. */
function mappingOf(headers: readonly string[], overrides: MappingOverrides): MappingResult {
  try {
    return detectMapping(headers, overrides);
  } catch {
    return detectMapping(headers);
  }
}

interface Reading {
  fields: string[];
  col: number;
}

/**
 * The row read with column `col` absorbing the surplus fields, or null when the pieces cannot be
 * one value: text on both ends ("Vente lot; palette") and, with ",", no all-digit piece (that is a
 * decimal comma cut, "1234,56", not a label).
 */
function absorb(fields: readonly string[], expected: number, separator: string, col: number): Reading | null {
  const surplus = fields.length - expected;
  const pieces = fields.slice(col, col + surplus + 1);
  if (pieces[0].trim() === "" || pieces[pieces.length - 1].trim() === "") return null;
  if (separator === "," && pieces.some((p) => /^\s*\d+\s*$/.test(p))) return null;
  return {
    fields: [...fields.slice(0, col), pieces.join(separator), ...fields.slice(col + surplus + 1)],
    col,
  };
}

/**
 * The row read with amount column `col` whole again when the surplus is one field and the two pieces
 * there are an amount's integer part and its 1–2 decimals ("3450", "50" → "3450,50"), else null.
 */
function decimalCut(fields: readonly string[], expected: number, col: number): Reading | null {
  if (fields.length !== expected + 1) return null;
  const [whole, decimals] = [fields[col], fields[col + 1]];
  if (!/^\s*[-+]?\d{1,3}(?:[ .\u00a0\u202f]?\d{3})*\s*$/.test(whole) || !/^\d{1,2}\s*$/.test(decimals))
    return null;
  return { fields: [...fields.slice(0, col), `${whole},${decimals}`, ...fields.slice(col + 2)], col };
}

/** The line's amount when every reading gives the same one (and there are readings), else null. */
function agreedAmount(readings: readonly Reading[], info: MappingResult): Decimal | null {
  let agreed: Decimal | null = null;
  for (const r of readings) {
    const a = lineAmount(r.fields, info);
    if (a === null || (agreed !== null && !agreed.equals(a))) return null;
    agreed = a;
  }
  return agreed;
}

/** The amount of a line as the engine would count it (credit − debit, quantity × price, signed Montant). */
function lineAmount(fields: readonly string[], info: MappingResult): Decimal | null {
  const m = info.mapping;
  const at = (c: number | undefined, emptyIsZero = false): Decimal | null =>
    c === undefined ? null : emptyIsZero && fields[c].trim() === "" ? new Decimal(0) : exactAmount(fields[c]);
  switch (info.layout) {
    case "debit_credit": {
      const d = at(m.debit, true);
      const c = at(m.credit, true);
      return d === null || c === null ? null : c.minus(d);
    }
    case "quantity_price": {
      const q = at(m.quantity);
      const p = at(m.unit_price);
      return q === null || p === null ? null : q.times(p);
    }
    case "amount_direction": {
      const a = at(m.amount);
      const dir = (fields[m.direction as number] ?? "").trim().toUpperCase();
      if (a === null) return null;
      return /^(D|DEBIT|DÉBIT|-1)$/.test(dir) ? a.abs().neg() : a.abs();
    }
    default:
      return at(m.amount ?? m.net_amount);
  }
}

/** Exact value of an amount text read with the French default decimal comma, or null. */
function exactAmount(v: string): Decimal | null {
  const out = newAmountOut();
  return readAmount(v, ",", out) ? (out.exact ?? centsToDecimal(out.cents)) : null;
}

/** A date the engine reads, whatever the day/month order. */
function isDate(v: string): boolean {
  return readMonth(v, "dmy", false) >= 0 || readMonth(v, "mdy", false) >= 0;
}

/** An amount (or quantity) in either decimal mark; a rate such as "10 %" counts as one. */
function isNumber(v: string): boolean {
  const t = v.trim().replace(/\s*%$/, "");
  return readAmount(t, ",", newAmountOut()) || readAmount(t, ".", newAmountOut());
}

function optionalNumber(v: string): boolean {
  return v.trim() === "" || isNumber(v);
}

/** Removes empty fields from the end, never below `expected` fields. */
function dropTrailingEmpty(fields: string[], expected: number): string[] {
  let end = fields.length;
  while (end > expected && fields[end - 1].trim() === "") end--;
  return end === fields.length ? fields : fields.slice(0, end);
}
