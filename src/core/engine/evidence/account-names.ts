/**
 * An account column empty on every line beside a column that names the accounts: Wave's "Accounting
 * Transactions" export heads an always-empty "Account ID" beside its "Account Name" ("Sales",
 * "Accounts Receivable", "Sales Tax"). Read by the ID, no line is classified and a journal's customer,
 * VAT and bank lines all count; the names are read instead, as a chart (the classifier's account-name
 * reading), and the reading is said.
 *
 * Proven from the data: the mapped account column is blank on every row, and the name column (a
 * header saying "account name", not mapped to another field) reads as a chart: an income account
 * ("Sales") beside another one (receivables, VAT, bank). Salesforce's "Nom du compte" holds customers,
 * read as nothing of the kind. A user's own account mapping is kept.
 */
import { cellText, isBlank } from "../../cells";
import { accountNameReading, type AccountNameReading } from "../../classify";
import type { RuleSet } from "../../rules";
import { diag, DIAG } from "../../diagnostics";
import { unmappedColumns } from "../../fields";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, MappingOverrides, RawTable } from "../../types";

/** "Account Name", "Account Title", "Nom du compte", "Intitulé compte", "Libellé du compte". */
const ACCOUNT_NAME =
  /^(?:(?:gl |g l |ledger )?account|compte)(?: \w+)? (?:name|title|description|nom|libelle|intitule)$|^(?:nom|libelle|intitule|designation) (?:du |de )?compte$/;

/** The column whose names classify the lines, and the note that says it; null when the account column is not blank. */
export function namedAccountColumn(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  rules: RuleSet,
  prior: string | undefined,
): { header: string; note: Diagnostic } | null {
  const col = map.account;
  if (col === undefined || (overrides !== undefined && "account" in overrides)) return null;
  if (!blankColumn(table, col)) return null;
  const names = unmappedColumns(map, table.headers.length).find((c) =>
    ACCOUNT_NAME.test(normalizeText(String(table.headers[c] ?? ""))),
  );
  if (names === undefined) return null;
  const proven =
    prior === String(table.headers[names]) || readsAsChart(table, names, accountNameReading(rules));
  if (!proven) return null;
  const header = String(table.headers[names]);
  const blank = String(table.headers[col] ?? "");
  return { header, note: diag(DIAG.accountNamesRead, { row: 0, column: header, value: blank }) };
}

/** Whether column `col` is blank on every row of a table that has rows (an account column left empty). */
export function blankColumn(table: RawTable, col: number): boolean {
  return table.rows.length > 0 && !table.rows.some((row) => !isBlank(row[col]));
}

/** Distinct names looked at most: a chart has few, a customer list many. */
const MAX_NAMES = 200;

/** Whether a column's names read as a chart: an income account and another one the classifier knows. */
function readsAsChart(table: RawTable, col: number, reading: (name: string) => AccountNameReading): boolean {
  const seen = new Set<string>();
  let income = false;
  let other = false;
  for (const row of table.rows) {
    const name = cellText(row[col]);
    if (name === "" || seen.has(name)) continue;
    if (seen.size >= MAX_NAMES) break;
    seen.add(name);
    const r = reading(name);
    if (r === "revenue") income = true;
    else if (r !== null) other = true;
    if (income && other) return true;
  }
  return false;
}
