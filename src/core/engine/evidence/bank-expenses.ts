/**
 * A bank account's transactions exported from a bank or a bookkeeping app (Qonto, Tiime, Indy): its
 * receipts are the sales, its debits the firm's own spending, each under a category ("Ventes",
 * "Chiffre d'affaires" / "Déplacements", "Télécom"). Read as a sales list, every expense would be
 * taken off the sales as a correction. Proven from the data: the table is a bank's (two of its
 * headers, or most labels starting with a bank's codes: VIR, CB, PRLV…), and a category pays out more
 * than it takes in while others hold the receipts. Its lines (a supplier's refund too) are set apart,
 * said once per category; a refund to a customer filed under a sales category stays a correction.
 */
import { BoundedCache } from "../../cache";
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import { labelColumn } from "../../fields";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import type { EngineResult } from "../result";
import { lineClassification, lineContribution } from "../lines";
import { perValueWarnings } from "./per-value";

/** Headers only a bank's transactions have (Qonto's, a bank's CSV), normalizeText's: two of them prove it. */
const BANK_HEADERS: ReadonlySet<string> = new Set(
  [
    "Date de l'opération",
    "Date de l'opération (UTC)",
    "Date opération",
    "Date de la valeur",
    "Date de la valeur (UTC)",
    "Date de valeur",
    "Date valeur",
    "Nom de la contrepartie",
    "Méthode de paiement",
    "ID de la transaction",
  ].map(normalizeText),
);

/**
 * A bank's operation codes starting a label: "VIR SEPA …", "CB CARBURANT", "PRLV URSSAF", "CARTE X1234",
 * "REMISE CB …", "FRAIS TENUE DE COMPTE". Not "Frais de port" nor "Remise 10 %" (a sales list's lines).
 */
const BANK_CODE =
  /^(?:vir|virement|cb|carte|prlv|prelevement|chq|cheque|retrait|sepa|paiement cb|remise (?:cb|carte|chq|cheques?|especes)|rem chq|frais (?:tenue|bancaires?|commission|cb)|commission)\b/;

/** Labels looked at, at most: a bank's are coded all along; a sales list's first thousands tell. */
const MAX_LABELS = 5000;

/**
 * How the table is a bank account's transactions: by two of its headers, or by most of its (first)
 * labels (a weaker proof: a shop's list of card payments "CB 12/01 Client X" has them too); null when not.
 */
function bankProof(table: RawTable, map: Mapping): "headers" | "labels" | null {
  const banks = table.headers.filter((h) => BANK_HEADERS.has(normalizeText(String(h ?? ""))));
  if (banks.length >= 2) return "headers";
  const label = labelColumn(map);
  if (label === undefined) return null;
  const seen = new Map<string, boolean>();
  let coded = 0;
  let all = 0;
  for (let i = 0; i < table.rows.length && all < MAX_LABELS; i++) {
    const v = cellText(table.rows[i]?.[label]);
    if (v.trim() === "") continue;
    all++;
    let is = seen.get(v);
    if (is === undefined) seen.set(v, (is = BANK_CODE.test(normalizeText(v))));
    if (is) coded++;
  }
  return all > 0 && coded * 2 >= all ? "labels" : null;
}

/** Sums of a category's credits and debits (in magnitude, as floats: compared, never added to totals), and its debit rows. */
interface Category {
  credits: number;
  debits: number;
  rows: number[];
}

/**
 * The lines of the categories that are not receipts', in a bank's transactions, their warnings, and
 * the receipts' categories (with `prior`, those of earlier chunks); null when not a bank's.
 */
export function bankExpenses(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  prior: ReadonlySet<string> | undefined,
): { rows: Set<number>; diagnostics: Diagnostic[]; receipts: ReadonlySet<string> } | null {
  const col = map.segment ?? map.kind;
  if (col === undefined) return null;
  // An earlier chunk proved the table a bank's (its receipt categories): this one is too.
  const proof = bankProof(table, map) ?? (prior !== undefined && prior.size > 0 ? "labels" : null);
  if (proof === null) return null;
  const cats = new Map<string, Category>();
  // Each category's text normalised once (a column of few values).
  const keys = new BoundedCache<string, string>(1_000);
  for (let i = 0; i < table.rows.length; i++) {
    const c = lineClassification(result, i);
    if (c === null || c.kind !== "sale" || (c.scope !== "op" && c.scope !== "to_review")) continue;
    const cents = result.lines.cents[i];
    const v = Number.isNaN(cents) ? lineContribution(result, i).toNumber() * 100 : cents;
    if (v === 0) continue;
    const text = cellText(table.rows[i]?.[col]);
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = normalizeText(text)));
    let cat = cats.get(key);
    if (cat === undefined) cats.set(key, (cat = { credits: 0, debits: 0, rows: [] }));
    if (v > 0) cat.credits += v;
    else cat.debits -= v;
    cat.rows.push(i);
  }
  // A category of receipts takes in more than it pays out (a supplier's refund does not make one);
  // proven by labels alone, any credit makes one (a shop's family whose returns passed its sales).
  const receipts = new Set<string>(prior);
  for (const [key, cat] of cats)
    if (cat.credits > cat.debits || (proof === "labels" && cat.credits > 0)) receipts.add(key);
  const rows = new Set<number>();
  if (receipts.size > 0)
    for (const [key, cat] of cats) if (!receipts.has(key)) for (const i of cat.rows) rows.add(i);
  const sorted = [...rows].sort((a, b) => a - b);
  return { rows, diagnostics: perValueWarnings(table, col, sorted, DIAG.bankExpenses), receipts };
}
