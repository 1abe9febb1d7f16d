/**
 * A column of debit/credit codes beside an unsigned amount, under a header no synonym knows (SAP's
 * "Clé D/C", an export's own name): read as the amount's direction, or a credit note booked as a
 * debit would count as a sale. Proven from the data: every value is one code of one pair (D / C,
 * S / H, DR / CR, Débit / Crédit) and both codes of the pair occur; said in a note. A column whose
 * codes only repeat the amount's sign (PayPal's "Balance Impact": every debit negative, every credit
 * positive) is no direction: the amount is already signed.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, MappingOverrides, RawTable } from "../../types";

/** Code pairs [debit, credit] a direction column is proven by (normalized, lower case). */
const PAIRS: readonly (readonly [string, string])[] = [
  ["d", "c"],
  ["s", "h"],
  ["dr", "cr"],
  ["db", "cr"],
  ["debit", "credit"],
];

/** Distinct raw texts a code column may hold ("D", "d", "D ", "Débit"…) before it is no longer one. */
const MAX_TEXTS = 8;

/** The column read as the direction, and the codes that proved it (the same in every chunk). */
export interface DirectionColumn {
  header: string;
  codes: string;
}

/**
 * The unmapped column proven to hold the direction of a single amount column, or null. `prior`: the
 * header an earlier chunk proved. A user's own word on the direction (mapped or un-mapped) wins.
 */
export function directionColumn(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  prior: DirectionColumn | undefined,
): DirectionColumn | null {
  if (overrides !== undefined && "direction" in overrides) return null;
  if (
    map.amount === undefined ||
    map.direction !== undefined ||
    map.debit !== undefined ||
    map.credit !== undefined
  )
    return null;
  if (prior !== undefined) return prior;
  const used = new Set(Object.values(map));
  for (let c = 0; c < table.headers.length; c++) {
    if (used.has(c)) continue;
    const pair = provenPair(table, c);
    if (pair !== null && !repeatsSign(table, map.amount, c))
      return { header: table.headers[c] ?? "", codes: pair };
  }
  return null;
}

/** "D / C" when column c holds only the two codes of one pair, both of them; else null. */
function provenPair(table: RawTable, c: number): string | null {
  // The first text of each distinct code, by code (at most two).
  const seen = new Map<string, string>();
  // Raw texts already read ("D", "d ", "D"…): each normalized once.
  const raw = new Set<string>();
  for (const row of table.rows) {
    const cell = row?.[c];
    if (typeof cell === "string" && raw.has(cell)) continue;
    const text = cellText(cell).trim();
    if (text === "") continue;
    if (raw.size >= MAX_TEXTS) return null;
    if (typeof cell === "string") raw.add(cell);
    const v = normalizeText(text);
    if (seen.has(v)) continue;
    if (seen.size === 2) return null;
    seen.set(v, text);
  }
  const pair = PAIRS.find(([d, k]) => seen.size === 2 && seen.has(d) && seen.has(k));
  return pair === undefined ? null : `${seen.get(pair[0])} / ${seen.get(pair[1])}`;
}

/** The sign an amount cell is written with: -1, 1, or 0 (zero, empty or no number). */
function signOf(v: unknown): number {
  if (typeof v === "number") return Math.sign(v);
  const t = cellText(v as never).trim();
  if (!/\d/.test(t) || /^[-−(]?[\s0.,€]*\)?-?$/.test(t)) return 0;
  return /^[-−(]|-$/.test(t) ? -1 : 1;
}

/**
 * True when every coded row's amount has the sign its code says (debit negative, credit positive)
 * and one is negative: the codes repeat the sign of a signed amount.
 */
function repeatsSign(table: RawTable, amountCol: number, c: number): boolean {
  let negative = false;
  for (const row of table.rows) {
    const code = normalizeText(cellText(row?.[c]).trim());
    if (code === "") continue;
    const sign = signOf(row?.[amountCol]);
    if (sign === 0) continue;
    const debit = PAIRS.some(([d]) => d === code);
    if (debit !== sign < 0) return false;
    negative ||= sign < 0;
  }
  return negative;
}

/** The mapping overrides that read the proven column as the direction. */
export function withDirection(
  overrides: MappingOverrides | undefined,
  dir: DirectionColumn,
): MappingOverrides {
  return { ...overrides, direction: dir.header };
}

/** The note saying the column was read as the direction, and why. */
export function directionNote(dir: DirectionColumn): Diagnostic {
  return diag(DIAG.directionColumnCodes, { row: 0, column: dir.header, value: dir.codes });
}
