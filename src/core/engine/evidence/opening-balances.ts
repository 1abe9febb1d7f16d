/**
 * Opening-balance rows of a ledger export ("Solde au 31/03/2025", "Report à nouveau", "Opening
 * balance", "Balance forward"): a general ledger printed for a period starts each account with the
 * balance carried from before it, dated like a line, and a page break may carry the running total
 * ("A reporter", "Report"). Those are months of earlier sales, not lines of the period: set apart
 * (never counted), each such row said with its value.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";

/**
 * Whole labels of carried balances, on normalizeText's output (accents dropped, punctuation to
 * spaces), optionally followed by a date: "Solde au 31/03/2025", "Report à nouveau", "A reporter",
 * "Ancien solde", "Cumuls antérieurs", "Solde à fin février", "Opening balance", "Balance b/f". A label that says more ("Solde au 31/01/2025
 * situation n°3 chantier Leroy", "A nouveau client Martin") is a line of its own.
 */
/** A month named after a carried balance: "Report janvier", "A reporter de février", "Solde fin mars 2025". */
const MONTH_TAIL =
  "(?:(?: de| du mois de| d)? (?:janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|aout|sept(?:embre)?" +
  "|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?|january|february|march|april|may|june|july|august|september" +
  "|october|november|december)(?: \\d{2,4})?)?";
/** A date after a carried balance: "Solde au 31/03/2025", "Report du 1 mars 2025". */
const DATE_TAIL =
  "(?:(?:(?: au| at| as at| du| le| of)? \\d{1,4}(?: (?:\\d{1,4}|[a-z]{3,9}))?(?: \\d{2,4})?)|" +
  MONTH_TAIL +
  ")";
const OPENING = new RegExp(
  "^(?:reports?(?: a nouveaux?)?|a nouveaux?|a reporter|ancien solde|reprises? (?:de )?solde|total reports?" +
    "|solde (?:au|initial|d ouverture|anterieur|reporte|precedent|(?:de )?debut(?: de periode| d exercice)?)" +
    // The movements before the period, summed: "Cumuls antérieurs", "Total antérieur", "Cumul au 28/02/2025".
    "|(?:(?:cumuls?|totaux|total|mouvements?) )?anterieurs?|cumuls?|solde (?:a )?fin(?: de)?(?: [a-z]{3,9})?" +
    "|opening balance|balance forward|(?:balance )?(?:brought|carried) forward|(?:balance )?[bc] f)" +
    DATE_TAIL +
    "$",
);
/**
 * The carried totals of a sales list or receipts book kept by hand ("Report janvier" heading a month's
 * page, "A reporter" closing one, "Report à nouveau"): never a sale. Cumulative totals ("Cumul au …")
 * are dated-totals.ts's, proven by their sum.
 */
const CARRIED = new RegExp(
  "^(?:reports?(?: a nouveaux?)?|a nouveaux?|a reporter|ancien solde|solde (?:reporte|precedent)" +
    "|balance forward|(?:balance )?(?:brought|carried) forward|(?:balance )?[bc] f)" +
    "(?:" +
    DATE_TAIL +
    "|(?: de la| de| du)? page(?: precedente| suivante| \\d+)?)" +
    "$",
);

/** The rows of a table that are carried balances, and a diagnostic for each. */
export interface OpeningRows {
  rows: Set<number>;
  diagnostics: Diagnostic[];
}

/**
 * Whether a label may name a carried balance, from its first letters (report, a nouveau, solde,
 * total, cumul, mouvements, opening, balance, brought, carried, b/f…): most labels are ruled out
 * without a lookup.
 */
export function mayBeCarried(v: string): boolean {
  let i = 0;
  while (v.charCodeAt(i) === 32) i++;
  const a = v.charCodeAt(i) | 0x20;
  const b = v.charCodeAt(i + 1) | 0x20;
  switch (a) {
    case 0x72: // r: rep (report, reprise)
      return b === 0x65 && (v.charCodeAt(i + 2) | 0x20) === 0x70;
    case 0x61: // a: "a ", an, a-
      return b === 0x20 || b === 0x6e || b === 0x2d;
    case 0xe0: // à
      return true;
    case 0x73: // s: so
    case 0x74: // t: to
      return b === 0x6f;
    case 0x63: // c: cu, ca, c/, "c "
      return b === 0x75 || b === 0x61 || b === 0x2f || b === 0x20;
    case 0x6d: // m: mo
      return b === 0x6f;
    case 0x6f: // o: op
      return b === 0x70;
    case 0x62: // b: ba, br, b/, "b "
      return b === 0x61 || b === 0x72 || b === 0x2f || b === 0x20;
    default:
      return false;
  }
}

/**
 * The carried-balance rows of a table, read from the label (a debit/credit ledger's OPENING, any
 * other layout's CARRIED); with an account column, only on revenue accounts (class 7: others are
 * not revenue anyway). `candidates`: the rows whose label may be one (the engine's one pass).
 */
export function openingBalanceRows(
  table: RawTable,
  map: Mapping,
  candidates?: readonly number[],
): OpeningRows | null {
  const label = map.label;
  if (label === undefined) return null;
  const words = map.debit === undefined && map.credit === undefined ? CARRIED : OPENING;
  const acc = map.account;
  const seen = new Map<string, boolean>();
  let found: OpeningRows | null = null;
  const n = candidates?.length ?? table.rows.length;
  for (let k = 0; k < n; k++) {
    const i = candidates === undefined ? k : candidates[k];
    const row = table.rows[i];
    const v = row?.[label];
    if (typeof v !== "string" || v === "" || !mayBeCarried(v)) continue;
    let opening = seen.get(v);
    if (opening === undefined) {
      opening = words.test(normalizeText(v));
      if (seen.size < 10_000) seen.set(v, opening);
    }
    if (!opening || (acc !== undefined && !cellText(row[acc]).trimStart().startsWith("7"))) continue;
    found ??= { rows: new Set(), diagnostics: [] };
    found.rows.add(i);
    found.diagnostics.push(
      diag(DIAG.openingBalance, {
        row: rowNumberOf(table, i),
        column: table.headers[label] ?? "",
        value: v,
      }),
    );
  }
  return found;
}
