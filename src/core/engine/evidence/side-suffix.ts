/**
 * One amount column written with its side after the amount ("7 109,16 D", "5 924,30 C": Sage and
 * EBP journal prints) beside an account column: in a journal the side says debit or credit, nothing
 * else, so the column is read as Montant + Sens. Proven from the data: every value of the column ends
 * in D or C after its digits, and both sides occur. Without an account column (a customer statement's
 * "1 000,00 CR" may be a credit memo) the cells stay unreadable.
 */
import { diag, DIAG } from "../../diagnostics";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type Mapping,
  type MappingOverrides,
  type RawTable,
} from "../../types";

/** An amount, then its side: "7 109,16 D", "5924.30C", "-12,00 c". */
const SIDED = /^(.*\d)\s*([DdCc])\s*$/;

/** The header of the side column the amount column's suffixes give. */
export const SIDE_HEADER = "Sens (suffixe du montant)";

/** The amount column proven to end each value with its side, and its first value (the note's example). */
export interface SideSuffix {
  header: string;
  row: number;
  value: string;
}

/**
 * The amount column whose values all end in D or C, beside an account column, or null. `prior`: what
 * an earlier chunk proved. A user's own word on the direction or the debit/credit columns wins.
 */
export function sideSuffix(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  prior: SideSuffix | undefined,
): SideSuffix | null {
  if (overrides !== undefined && ("direction" in overrides || "debit" in overrides || "credit" in overrides))
    return null;
  const col = map.amount;
  if (col === undefined || map.account === undefined || map.direction !== undefined) return null;
  if (map.debit !== undefined || map.credit !== undefined) return null;
  if (prior !== undefined) return prior.header === table.headers[col] ? prior : null;
  const sides = new Set<string>();
  let first: { row: number; value: string } | null = null;
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (v === null || v === undefined || v === "") continue;
    const m = typeof v === "string" ? SIDED.exec(v) : null;
    if (m === null) return null;
    sides.add(m[2].toUpperCase());
    first ??= { row: rowNumberOf(table, i), value: v as string };
  }
  if (sides.size < 2 || first === null) return null;
  return { header: table.headers[col] ?? "", ...first };
}

/** The table with each amount's side moved into a column of its own (SIDE_HEADER), the amount bare. */
export function withSides(table: RawTable, col: number): RawTable {
  const width = table.headers.length;
  const rows = table.rows.map((row) => {
    const copy: CellValue[] = row.slice(0, width);
    while (copy.length < width) copy.push(null);
    const m = typeof row[col] === "string" ? SIDED.exec(row[col] as string) : null;
    if (m !== null) copy[col] = m[1].trim();
    copy.push(m === null ? null : m[2].toUpperCase());
    return copy;
  });
  return { ...table, headers: [...table.headers, SIDE_HEADER], rows };
}

/** The note saying the amounts' sides were read, with the first value. */
export function sideSuffixNote(side: SideSuffix): Diagnostic {
  return diag(DIAG.amountSideSuffix, { row: side.row, column: side.header, value: side.value });
}
