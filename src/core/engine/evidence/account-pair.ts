/**
 * A journal of one amount between two accounts (Banana, hand-kept double entry: "Compte débit |
 * Compte crédit | Montant"): each line is two entries, the amount debited to one account and
 * credited to the other. Read by its revenue side, with its direction: an invoice 411 → 706 is a
 * sale, a credit note 706 → 411 a return, a payment 512 → 411 no revenue.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type Mapping,
  type MappingOverrides,
  type RawTable,
} from "../../types";

/** Headers of the debited and the credited account's columns. */
const DEBIT_ACCOUNT = new Set(
  [
    "Compte débit",
    "Compte au débit",
    "Compte de débit",
    "Cpte débit",
    "Cpt débit",
    "CtDébit",
    "Ct débit",
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
    "Cpt crédit",
    "CtCrédit",
    "Ct crédit",
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
  table: RawTable,
  found: Mapping,
  overrides: MappingOverrides | undefined,
): { debit: number; credit: number } | null {
  // An account the user mapped, or a table with debit and credit amounts, is read as mapped.
  if (overrides !== undefined && ("account" in overrides || "direction" in overrides)) return null;
  const headers = table.headers;
  if (found.amount === undefined && found.net_amount === undefined) return null;
  const debit = headers.findIndex((h) => DEBIT_ACCOUNT.has(normalizeText(h)));
  const credit = headers.findIndex((h) => CREDIT_ACCOUNT.has(normalizeText(h)));
  if (debit >= 0 && credit >= 0 && debit !== credit) return { debit, credit };
  // Banana's own export heads them "Débit | Crédit" beside its "Montant": account numbers, proven so.
  if (found.debit === undefined || found.credit === undefined || found.amount === undefined) return null;
  return accountNumbers(table, found.debit, found.credit)
    ? { debit: found.debit, credit: found.credit }
    : null;
}

/** Rows looked at to prove debit and credit columns hold account numbers. */
const PROOF_ROWS = 200;

/**
 * Whether two columns hold account numbers, not amounts: every value of the first rows is a whole
 * number of 3 to 10 digits written without a decimal mark, and some row holds both.
 */
function accountNumbers(table: RawTable, debit: number, credit: number): boolean {
  let both = false;
  const n = Math.min(table.rows.length, PROOF_ROWS);
  for (let i = 0; i < n; i++) {
    const row = table.rows[i];
    const d = cellText(row?.[debit]).trim();
    const c = cellText(row?.[credit]).trim();
    if ((d !== "" && !ACCOUNT_NUMBER.test(d)) || (c !== "" && !ACCOUNT_NUMBER.test(c))) return false;
    both ||= d !== "" && c !== "";
  }
  return both;
}

/** An account number: digits only, 3 to 10 of them, not starting with 0. */
const ACCOUNT_NUMBER = /^[1-9][0-9]{2,9}$/;

/**
 * The table read as a journal, in two added columns: each line's revenue side, the credited account
 * and "C" when it is one of class 7 (a sale), else the debited one and "D" when it is (a credit
 * note, a return), else the credited account (no revenue: a payment, a purchase). A line between
 * two revenue accounts (706 → 708, 706 → 775) is both: read twice, once per side, its row number kept.
 */
export function pairedTable(table: RawTable, pair: { debit: number; credit: number }): RawTable {
  const rows: CellValue[][] = [];
  const index: number[] = [];
  table.rows.forEach((row, i) => {
    const debit = cellText(row[pair.debit]).trim();
    const credit = cellText(row[pair.credit]).trim();
    for (const side of sidesOf(debit, credit)) {
      rows.push([...row, ...side]);
      index.push(i);
    }
  });
  const out: RawTable = { ...table, headers: [...table.headers, PAIR_ACCOUNT, PAIR_DIRECTION], rows };
  return rows.length === table.rows.length ? out : reindexed(out, table, index);
}

/** The entries a line gives: [account, direction] of its revenue side, or both when both are revenue. */
function sidesOf(debit: string, credit: string): CellValue[][] {
  if (credit === "" && debit === "") return [[null, null]];
  const d7 = debit.startsWith("7");
  const c7 = credit.startsWith("7");
  if (d7 && c7)
    return [
      [debit, "D"],
      [credit, "C"],
    ];
  if (d7) return [[debit, "D"]];
  return [[credit || debit, credit ? "C" : "D"]];
}

/** A table whose rows were repeated (`index`: each row's source row): row numbers and row sets follow. */
function reindexed(out: RawTable, table: RawTable, index: readonly number[]): RawTable {
  out.rowNumbers = index.map((i) => rowNumberOf(table, i));
  const notLines = index.flatMap((i, k) => (table.notLines?.has(i) ? [k] : []));
  if (notLines.length > 0) out.notLines = new Set(notLines);
  else delete out.notLines;
  if (table.cellCurrencies !== undefined)
    out.cellCurrencies = new Map(
      [...table.cellCurrencies].map(([col, byRow]) => [
        col,
        new Map(index.flatMap((i, k) => (byRow.has(i) ? [[k, byRow.get(i) as string]] : []))),
      ]),
    );
  return out;
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
