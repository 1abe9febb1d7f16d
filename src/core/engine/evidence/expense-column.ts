/**
 * A receipts-and-expenses book (an association's cash book, a trader's "livre recettes-dépenses"):
 * its receipts are the amount read ("Recette"), its expenses a column of their own ("Dépense",
 * "Sorties"). A row with an expense and no receipt is an expense: not revenue, said in one note with
 * the count and the first row, never an empty-amount error.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { unmappedColumns } from "../../fields";
import { normalizeText } from "../../text";
import type { CellValue, Diagnostic, Mapping } from "../../types";

/** Headers of an expense column, normalised. */
const EXPENSE_HEADERS: ReadonlySet<string> = new Set(
  [
    "Dépense",
    "Dépenses",
    "Montant dépense",
    "Sorties",
    "Sortie",
    "Décaissement",
    "Décaissements",
    "Expense",
    "Expenses",
    "Money out",
  ].map(normalizeText),
);

/** The expense column beside a single amount column, and the expense rows found so far. */
export class ExpenseColumn {
  private count = 0;
  private first: { row: number; value: string } | null = null;

  private constructor(
    private readonly amount: number,
    private readonly col: number,
    private readonly header: string,
  ) {}

  /** The table's expense column, when it has one that nothing else reads beside a single amount; else null. */
  static of(headers: readonly string[], map: Mapping): ExpenseColumn | null {
    if (map.amount === undefined) return null;
    const expense = (c: number): boolean => EXPENSE_HEADERS.has(normalizeText(String(headers[c] ?? "")));
    const col = unmappedColumns(map, headers.length).find(expense);
    return col === undefined ? null : new ExpenseColumn(map.amount, col, headers[col]);
  }

  /** True (and counted) when the row is an expense: no amount, an expense. */
  takes(row: readonly CellValue[], rowNumber: number): boolean {
    if (!isBlank(row[this.amount]) || isBlank(row[this.col])) return false;
    if (this.count++ === 0) this.first = { row: rowNumber, value: cellText(row[this.col]) };
    return true;
  }

  /** The expense_lines note, when a row was an expense. */
  note(): Diagnostic | null {
    const f = this.first;
    if (f === null) return null;
    return diag(DIAG.expenseLines, { ...f, column: this.header, args: { count: this.count } });
  }
}
