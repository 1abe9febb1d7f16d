/**
 * A bank account's transactions exported from a bank or a bookkeeping app (Qonto, Tiime, Indy): its
 * receipts are the sales, its debits the firm's own spending, each under a category ("Ventes",
 * "Chiffre d'affaires" / "Déplacements", "Télécom"). Read as a sales list, every expense would be
 * taken off the sales as a correction. Proven from the data: the table is a bank's (its headers, or
 * most labels starting with a bank's codes: VIR, CB, PRLV…), and a category holds debits only while
 * others hold the receipts. Those debits are set apart, said once per category; a refund filed under
 * a sales category stays a correction.
 */
import Decimal from "decimal.js";
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import { labelColumn } from "../../fields";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import type { EngineResult } from "../result";
import { lineClassification, lineContribution } from "../lines";
import { perValueWarnings } from "./per-value";

/** Headers only a bank's transactions have (Qonto's, a bank's CSV), normalizeText's. */
const BANK_HEADERS: ReadonlySet<string> = new Set(
  [
    "Date de l'opération",
    "Date de l'opération (UTC)",
    "Date de la valeur",
    "Date de la valeur (UTC)",
    "Date de valeur",
    "Nom de la contrepartie",
    "Méthode de paiement",
    "Solde",
  ].map(normalizeText),
);

/** A bank's operation codes starting a label: "VIR SEPA …", "CB CARBURANT", "PRLV URSSAF". */
const BANK_CODE =
  /^(?:vir|virement|cb|carte|prlv|prelevement|chq|cheque|retrait|frais|remise|sepa|paiement cb)\b/;

/** Whether the table is a bank account's transactions: its headers, or most of its labels. */
function isBankStatement(table: RawTable, map: Mapping): boolean {
  if (table.headers.some((h) => BANK_HEADERS.has(normalizeText(String(h ?? ""))))) return true;
  const label = labelColumn(map);
  if (label === undefined) return false;
  let coded = 0;
  let all = 0;
  for (const row of table.rows) {
    const v = cellText(row?.[label]).trim();
    if (v === "") continue;
    all++;
    if (BANK_CODE.test(normalizeText(v))) coded++;
  }
  return all > 0 && coded * 2 >= all;
}

/**
 * The debits of the categories no receipt has, in a bank's transactions, their warnings, and the
 * categories holding receipts (with `prior`, those of earlier chunks); null when not a bank's.
 */
export function bankExpenses(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  prior: ReadonlySet<string> | undefined,
): { rows: Set<number>; diagnostics: Diagnostic[]; receipts: ReadonlySet<string> } | null {
  const col = map.segment ?? map.kind;
  if (col === undefined || !isBankStatement(table, map)) return null;
  const receipts = new Set<string>(prior);
  const debits = new Map<string, number[]>();
  for (let i = 0; i < table.rows.length; i++) {
    const c = lineClassification(result, i);
    if (c === null || c.kind !== "sale" || (c.scope !== "op" && c.scope !== "to_review")) continue;
    const cat = normalizeText(cellText(table.rows[i]?.[col]));
    if (lineContribution(result, i).gt(new Decimal(0))) receipts.add(cat);
    else if (lineContribution(result, i).isNegative()) debits.set(cat, [...(debits.get(cat) ?? []), i]);
  }
  const rows = new Set<number>();
  if (receipts.size > 0)
    for (const [cat, list] of debits) if (!receipts.has(cat)) for (const i of list) rows.add(i);
  const sorted = [...rows].sort((a, b) => a - b);
  return { rows, diagnostics: perValueWarnings(table, col, sorted, DIAG.bankExpenses), receipts };
}
