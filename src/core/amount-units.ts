/**
 * Amounts written in thousands or millions: a header that names its unit ("Montant (k€)", "CA en
 * milliers d'euros", "Revenue ($000)", "Sales (in thousands)", "Montant (M€)") scales every value of
 * its column, so that CA OP is in currency units, not in thousands of them. Read from the header only
 * (the values cannot tell); each such column is said once (amount_unit).
 */
import { MONEY_FIELD_IDS, type Mapping } from "./types";

/** A unit a header may name, and what each of its values is worth in currency units. */
interface Unit {
  factor: 1000 | 1_000_000;
  pattern: RegExp;
}

/** Currency symbols and codes after a k or M: "k€", "K EUR", "k$", "MCHF". */
const MONEY = "(?:€|eur(?:os?)?|\\$|usd|£|gbp|chf)";
/** Not after a number: "objectif 1,5 M€", "plus de 10 k€" are amounts, not a unit. */
const NOT_AFTER_NUMBER = "(?<![\\d.,]\\s?)";
/** After "milliers" / "millions": money ("d'euros", "€"), or nothing more ("en milliers)"); never "de km". */
const OF_MONEY = "(?=\\s*(?:$|[)\\]]|d['’]\\s?euros?|de\\s+dollars|€|eur\\b|\\$))";

/**
 * The units, as data. "M€" is millions only in capitals ("m€" is sometimes written for thousands: no
 * unit is read from it, the values stay as written).
 */
export const UNITS: readonly Unit[] = [
  {
    factor: 1000,
    pattern: new RegExp(`(?:^|[\\s(\\[/])${NOT_AFTER_NUMBER}k\\s?${MONEY}(?=$|[\\s)\\]/.,])`, "i"),
  },
  { factor: 1000, pattern: new RegExp(`(?:^|[\\s([/])(?:en\\s+)?milliers?${OF_MONEY}`, "i") },
  { factor: 1000, pattern: /\bin\s+thousands\b|\(\s*thousands\s*\)|\(\s*(?:[€$£]\s*)?'?000s?\s*\)/i },
  {
    factor: 1_000_000,
    pattern: new RegExp(
      `(?:^|[\\s(\\[/])${NOT_AFTER_NUMBER}M\\s?(?:€|EUR|\\$|USD|£|GBP|CHF)(?=$|[\\s)\\]/.,])`,
    ),
  },
  {
    factor: 1_000_000,
    pattern: new RegExp(`(?:^|[\\s([/])(?:en\\s+)?millions?${OF_MONEY}|\\bin\\s+millions\\b`, "i"),
  },
];

/** Money fields a unit applies to (a quantity has none; a discount column with a unit holds amounts, never rates). */
const MONEY_FIELDS = MONEY_FIELD_IDS;

/** The unit a header names, if any. */
function unitOf(header: string): Unit | undefined {
  return UNITS.find((u) => u.pattern.test(header));
}

/** The header without the unit it names ("Montant HT (k€)" → "Montant HT"), to be matched to a field. */
export function withoutUnit(header: string): string {
  const unit = unitOf(header);
  return unit ? header.replace(unit.pattern, " ") : header;
}

/** What each value of a column headed `header` is worth in currency units: 1 without a unit. */
export function unitFactor(header: string): number {
  return unitOf(header)?.factor ?? 1;
}

/**
 * Header → factor of the mapped money columns whose header names a unit (thousands, millions), or
 * null when none does (the common case). `title`: the text above the header ("Chiffre d'affaires —
 * en milliers d'euros"), whose unit holds for every money column when no header names its own;
 * `except`: a column read otherwise (a discount read as rates).
 */
export function moneyUnits(
  headers: readonly string[],
  map: Mapping,
  title = "",
  except = "",
): Record<string, number> | null {
  let out: Record<string, number> | null = null;
  const titled = unitFactor(title);
  for (const pass of [false, true]) {
    for (const f of MONEY_FIELDS) {
      const c = map[f];
      const header = c === undefined ? undefined : headers[c];
      if (header === undefined || header === except) continue;
      const factor = pass ? titled : unitFactor(String(header));
      if (factor !== 1) (out ??= {})[header] = factor;
    }
    if (out !== null || titled === 1) return out;
  }
  return out;
}

/** A unit written after a number in its cell: "125,5 k€", "1,2 M€", "48 K EUR". */
const CELL_UNIT = /^(.*\d)\s*(k|K|M)\s?(?:€|EUR|eur)\s*$/;

/** The number and the worth of one of its units when a cell writes its unit ("125,5 k€" → "125,5", 1 000), else null. */
export function cellUnit(text: string): { number: string; factor: number } | null {
  const m = CELL_UNIT.exec(text);
  if (m === null) return null;
  return { number: m[1], factor: m[2] === "M" ? 1_000_000 : 1000 };
}
