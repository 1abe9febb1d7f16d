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
import {
  rowNumberOf,
  type Diagnostic,
  type Mapping,
  type MappingOverrides,
  type RawTable,
} from "../../types";

/** "Account Name", "Account Title", "Nom du compte", "Intitulé compte", "Libellé du compte" (also foreign-chart.ts). */
export const ACCOUNT_NAME =
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

/**
 * The mapped account column of a sales list written as a chart's names (NetSuite's saved search:
 * "Sales", "Sales Taxes Payable", "Accounts Receivable"), no number in it: read by those names, as a
 * journal's are, so the sales-tax line is not a sale. Proven as Wave's names are (an income account
 * beside another one the classifier knows); a column of customers proves nothing. Null otherwise.
 */
export function namesInAccountColumn(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  rules: RuleSet,
  prior: string | undefined,
): { header: string; note: Diagnostic | null } | null {
  const col = map.account;
  if (col === undefined || (overrides !== undefined && "account" in overrides)) return null;
  const header = String(table.headers[col] ?? "");
  if (table.rows.some((row) => /[0-9]/.test(cellText(row[col])))) return null;
  const example = prior === header ? null : chartExample(table, col, accountNameReading(rules));
  if (prior !== header && example === null) return null;
  const note =
    example === null
      ? null
      : diag(DIAG.accountNamesColumn, {
          row: example.row,
          column: header,
          value: example.value,
          args: { other: example.other },
        });
  // A later chunk without an example of its own reads as the first did; the first said it.
  return { header, note };
}

/** The first income account's row, and another account the classifier knows, when the column reads as a chart. */
function chartExample(
  table: RawTable,
  col: number,
  reading: (name: string) => AccountNameReading,
): { row: number; value: string; other: string } | null {
  // Every name reads as an account: a customer list ("Sales Partners", "Banque Populaire", "Acme") has names that read as none.
  if (!readsAsChart(table, col, reading) || !allRead(table, col, reading)) return null;
  let income: { row: number; value: string } | null = null;
  let other = "";
  for (let i = 0; i < table.rows.length && (income === null || other === ""); i++) {
    const name = cellText(table.rows[i][col]);
    const r = name === "" ? null : reading(name);
    if (r === "revenue" && income === null) income = { row: rowNumberOf(table, i), value: name };
    else if (r === "not_revenue" && other === "") other = name;
  }
  return income === null || other === "" ? null : { ...income, other };
}

/** Whether every distinct name of column `col` (the first MAX_NAMES) is one the classifier reads. */
function allRead(table: RawTable, col: number, reading: (name: string) => AccountNameReading): boolean {
  const seen = new Set<string>();
  for (const row of table.rows) {
    const name = cellText(row[col]);
    if (name === "" || seen.has(name)) continue;
    if (seen.size >= MAX_NAMES) break;
    seen.add(name);
    if (reading(name) === null) return false;
  }
  return true;
}
