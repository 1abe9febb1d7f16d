/**
 * A journal of one amount between two accounts (Banana, hand-kept double entry: "Compte débit |
 * Compte crédit | Montant"): each line is two entries, the amount debited to one account and
 * credited to the other. Read by its revenue side, with its direction: an invoice 411 → 706 is a
 * sale, a credit note 706 → 411 a return, a payment 512 → 411 no revenue.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { CellValue, Diagnostic, Mapping, MappingOverrides, RawTable } from "../../types";

/** Headers of the debited and the credited account's columns. */
const DEBIT_ACCOUNT = new Set(
  [
    "Compte débit",
    "Compte au débit",
    "Compte de débit",
    "Cpte débit",
    "Debit account",
    "Account debit",
    "AccountDebit",
    "Debit acct",
    "KtSoll",
    "Konto Soll",
  ].map(normalizeText),
);
const CREDIT_ACCOUNT = new Set(
  [
    "Compte crédit",
    "Compte au crédit",
    "Compte de crédit",
    "Cpte crédit",
    "Credit account",
    "Account credit",
    "AccountCredit",
    "Credit acct",
    "KtHaben",
    "Konto Haben",
  ].map(normalizeText),
);

/** Headers of the columns the read table adds: each entry's account and its direction. */
export const PAIR_ACCOUNT = "Compte (débit / crédit)";
export const PAIR_DIRECTION = "Sens (débit / crédit)";

/** The debited and credited account columns of a table of one amount, or null. */
export function accountPairColumns(
  headers: readonly string[],
  found: Mapping,
  overrides: MappingOverrides | undefined,
): { debit: number; credit: number } | null {
  // An account the user mapped, or a table with debit and credit amounts, is read as mapped.
  if (overrides !== undefined && ("account" in overrides || "direction" in overrides)) return null;
  if (found.amount === undefined && found.net_amount === undefined) return null;
  const debit = headers.findIndex((h) => DEBIT_ACCOUNT.has(normalizeText(h)));
  const credit = headers.findIndex((h) => CREDIT_ACCOUNT.has(normalizeText(h)));
  return debit < 0 || credit < 0 || debit === credit ? null : { debit, credit };
}

/**
 * The table read as a journal, in two added columns: each line's revenue side, the credited account
 * and "C" when it is one of class 7 (a sale), else the debited one and "D" when it is (a credit
 * note, a return), else the credited account (no revenue: a payment, a purchase).
 */
export function pairedTable(table: RawTable, pair: { debit: number; credit: number }): RawTable {
  const rows = table.rows.map((row): CellValue[] => {
    const debit = cellText(row[pair.debit]).trim();
    const credit = cellText(row[pair.credit]).trim();
    if (credit === "" && debit === "") return [...row, null, null];
    const side =
      !credit.startsWith("7") && debit.startsWith("7") ? [debit, "D"] : [credit || debit, credit ? "C" : "D"];
    return [...row, ...side];
  });
  return { ...table, headers: [...table.headers, PAIR_ACCOUNT, PAIR_DIRECTION], rows };
}

/** The mapping of the read table: its entries' account and direction, the two account columns left. */
export function pairedMapping(overrides: MappingOverrides | undefined): MappingOverrides {
  return { ...overrides, account: PAIR_ACCOUNT, direction: PAIR_DIRECTION, debit: null, credit: null };
}

/** The account_pair note: the two columns, read as a journal's two entries per line. */
export function accountPairNote(table: RawTable, pair: { debit: number; credit: number }): Diagnostic {
  return diag(DIAG.accountPair, {
    row: 0,
    column: table.headers[pair.debit] ?? "",
    value: table.headers[pair.credit] ?? "",
  });
}
