/**
 * A column of debit/credit codes beside an unsigned amount, under a header no synonym knows (SAP's
 * "Clé D/C", an export's own name): read as the amount's direction, or a credit note booked as a
 * debit would count as a sale. Proven from the data: every value is one code of one pair (D / C,
 * S / H, DR / CR, Débit / Crédit) and both codes of the pair occur; said in a note. A column whose
 * codes only repeat the amount's sign (PayPal's "Balance Impact": every debit negative, every credit
 * positive) is no direction: the amount is already signed.
 *
 * SAP's posting key (BSEG's BSCHL, "Clé de comptabilisation", "Clé compta", SE16N's "CC") gives the
 * side of an unsigned line the same way (40 debit / 50 credit on a G/L account, 01 invoice / 11 credit
 * memo on a customer): proven by its header and by its values, every one a posting key (directions.ts).
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, MappingOverrides, RawTable } from "../../types";
import { postingKeySign } from "../directions";

/** Code pairs [debit, credit] a direction column is proven by (normalized, lower case). */
const PAIRS: readonly (readonly [string, string])[] = [
  ["d", "c"],
  ["s", "h"],
  ["dr", "cr"],
  ["db", "cr"],
  ["debit", "credit"],
];

/** Headers of SAP's posting key (normalized): the FR and EN labels of BSCHL, and the field's name. */
const POSTING_KEY_HEADERS: ReadonlySet<string> = new Set([
  "cc",
  "cle compta",
  "cle cpta",
  "cle de comptabilisation",
  "cle comptabilisation",
  "posting key",
  "pstng key",
  "pk",
  "bschl",
]);

/** Posting-key headers that also name other codes (a cost centre's "CC"). */
const SHORT_KEY_HEADERS: ReadonlySet<string> = new Set(["cc", "pk"]);

/** A sales ledger's usual posting keys: customer invoice 01 / credit memo 11, G/L debit 40 / credit 50. */
function usualKey(t: string): boolean {
  return t === "" || t === "01" || t === "11" || t === "40" || t === "50";
}

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
    const pair = provenPair(table, c) ?? postingKeyPair(table, c);
    if (pair !== null && !repeatsSign(table, map.amount, c, pair.sign))
      return { header: table.headers[c] ?? "", codes: pair.codes };
  }
  return null;
}

/** The codes a direction column was proven by ("D / C", "40 / 50") and the sign each code gives. */
interface ProvenCodes {
  codes: string;
  sign: (code: string) => number;
}

/** The sign of a D / C code (credit +1, debit −1), the pairs' normalized words included. */
function pairSign(code: string): number {
  return PAIRS.some(([d]) => d === code) ? -1 : 1;
}

/** "D / C" when column c holds only the two codes of one pair, both of them; else null. */
function provenPair(table: RawTable, c: number): ProvenCodes | null {
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
  return pair === undefined ? null : { codes: `${seen.get(pair[0])} / ${seen.get(pair[1])}`, sign: pairSign };
}

/** The first key of a posting-key column and the row the user sees it on. */
export interface KeyProof {
  row: number;
  value: string;
}

/** The key of a posting-key cell as written ("40", "01"; a spreadsheet's number 1 is "1"). */
function keyText(v: unknown): string {
  return cellText(v as never).trim();
}

/**
 * The first key of column c when every value is an SAP posting key and one is written with two
 * digits ("40", "01": a column of 1s is no key column), else undefined.
 */
export function postingKeyProof(table: RawTable, c: number | undefined): KeyProof | undefined {
  if (c === undefined) return undefined;
  let first: KeyProof | undefined;
  let twoDigits = false;
  for (let i = 0; i < table.rows.length; i++) {
    const t = keyText(table.rows[i]?.[c]);
    if (t === "") continue;
    if (postingKeySign(t) === 0) return undefined;
    twoDigits ||= t.length === 2;
    first ??= { row: table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i, value: t };
  }
  return twoDigits ? first : undefined;
}

/**
 * "40 / 50" when column c, headed as a posting key, holds keys only (one written with two digits,
 * as postingKeyProof asks), of both sides; else null. One pass over the rows.
 */
function postingKeyPair(table: RawTable, c: number): ProvenCodes | null {
  const header = normalizeText(table.headers[c] ?? "");
  if (!POSTING_KEY_HEADERS.has(header)) return null;
  // "CC" and "PK" also head cost centres ("11", "21"): read only with a sales ledger's usual keys.
  const usualOnly = SHORT_KEY_HEADERS.has(header);
  let twoDigits = false;
  let debit: string | undefined;
  let credit: string | undefined;
  for (const row of table.rows) {
    const t = keyText(row?.[c]);
    if (t === "") continue;
    const sign = postingKeySign(t);
    if (sign === 0 || (usualOnly && !usualKey(t))) return null;
    twoDigits ||= t.length === 2;
    if (sign < 0) debit ??= t;
    else credit ??= t;
  }
  if (!twoDigits || debit === undefined || credit === undefined) return null;
  return { codes: `${debit} / ${credit}`, sign: postingKeySign };
}

/** The sign an amount cell is written with: -1, 1, or 0 (zero, empty or no number; `1.234,56-` is -1). */
function writtenSign(v: unknown): number {
  if (typeof v === "number") return Math.sign(v);
  const t = cellText(v as never).trim();
  if (!/\d/.test(t) || /^[-−(]?[\s0.,€]*\)?-?$/.test(t)) return 0;
  return /^[-−(]|-$/.test(t) ? -1 : 1;
}

/**
 * True when every coded row's amount has the sign its code says (debit negative, credit positive)
 * and one is negative: the codes repeat the sign of a signed amount.
 */
function repeatsSign(
  table: RawTable,
  amountCol: number,
  c: number,
  codeSign: (code: string) => number,
): boolean {
  let negative = false;
  for (const row of table.rows) {
    const code = normalizeText(cellText(row?.[c]).trim());
    if (code === "") continue;
    const sign = writtenSign(row?.[amountCol]);
    if (sign === 0) continue;
    const debit = codeSign(code) < 0;
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
