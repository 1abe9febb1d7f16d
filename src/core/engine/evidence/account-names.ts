/**
 * An account column empty on every line beside a column that names the accounts: Wave's "Accounting
 * Transactions" export heads an always-empty "Account ID" beside its "Account Name" ("Sales",
 * "Accounts Receivable", "Sales Tax"). Read by the ID, no line is classified and a journal's customer,
 * VAT and bank lines all count; the names are read instead, as a chart (the classifier's account-name
 * reading), and the reading is said.
 *
 * Proven from the data: the mapped account column is blank on every row, the name column (a header
 * saying "account name", not mapped to another field) holds a name on at least one. A user's own
 * account mapping is kept.
 */
import { isBlank } from "../../cells";
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
): { header: string; note: Diagnostic } | null {
  const col = map.account;
  if (col === undefined || (overrides !== undefined && "account" in overrides)) return null;
  if (table.rows.length === 0 || table.rows.some((row) => !isBlank(row[col]))) return null;
  const names = unmappedColumns(map, table.headers.length).find((c) =>
    ACCOUNT_NAME.test(normalizeText(String(table.headers[c] ?? ""))),
  );
  if (names === undefined || table.rows.every((row) => isBlank(row[names]))) return null;
  const header = String(table.headers[names]);
  const blank = String(table.headers[col] ?? "");
  return { header, note: diag(DIAG.accountNamesRead, { row: 0, column: header, value: blank }) };
}
