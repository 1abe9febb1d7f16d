/**
 * Workbooks kept one period a sheet ("Janvier | Février | Mars", "2024 | 2025", "Ventes T1 | Ventes
 * T2"): sheets whose names differ only by the period they name and whose headers are the same are
 * one table cut in tabs, read together. A sheet named otherwise ("Achats", "Copie de Janvier",
 * "Janvier (2)", "Feuil2") is never taken for one of them.
 */
import { MONTH_NAMES } from "../../core/dates";
import { normalizeText, wordsOf } from "../../core/text";

/** Words of a sheet name that name a period: months (FR/EN, abbreviated), quarters, halves, years. */
const PERIOD_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES.flatMap((m) => [...m.aliases, normalizeText(m.frLong), normalizeText(m.enLong)]),
  ...["t", "q"].flatMap((p) => [1, 2, 3, 4].map((n) => `${p}${n}`)),
  "s1",
  "s2",
  "h1",
  "h2",
]);

/** A year (1990–2099) or a month number (1–12, "01"), standing as a word of its own. */
const NUMBER_PERIOD = /^(?:(?:19|20)\d\d|0?[1-9]|1[0-2])$/;

/** The name Excel gives a copied sheet: the original's, then "(2)", "(3)"… */
const EXCEL_COPY = /\(\d+\)\s*$/;

/**
 * What a sheet name says besides its period ("Ventes janvier 2025" → "ventes"), or null when it names
 * no period.
 * @example periodSheetRest("Février 2025") //=> ""; periodSheetRest("Achats") //=> null
 */
export function periodSheetRest(name: string): string | null {
  // Excel names a sheet's copy "Janvier (2)": a copy, not a period.
  if (EXCEL_COPY.test(name)) return null;
  const words = wordsOf(name);
  const rest = words.filter((w) => !PERIOD_WORDS.has(w) && !NUMBER_PERIOD.test(w));
  return rest.length === words.length ? null : rest.join(" ");
}

/**
 * Indexes of the sheets read with sheet `chosen` (itself included, in workbook order): those naming
 * another period with the same other words and the same headers. Only `chosen` when it names no period
 * or no other sheet is its sibling. `headers(i)` gives a sheet's header (null: not a candidate).
 */
export function periodSiblings(
  names: readonly string[],
  chosen: number,
  headers: (i: number) => readonly string[] | null,
): number[] {
  const rest = periodSheetRest(names[chosen]);
  const own = headers(chosen);
  if (rest === null || own === null) return [chosen];
  const key = headerKey(own);
  const periods = new Set([normalizeText(names[chosen])]);
  const out = [chosen];
  names.forEach((name, i) => {
    if (i === chosen || periodSheetRest(name) !== rest || periods.has(normalizeText(name))) return;
    const h = headers(i);
    if (h === null || headerKey(h) !== key) return;
    periods.add(normalizeText(name));
    out.push(i);
  });
  return out.sort((a, b) => a - b);
}

/** A header compared across sheets: its cells normalised, in order. */
function headerKey(headers: readonly string[]): string {
  return headers.map(normalizeText).join("\u0000");
}
