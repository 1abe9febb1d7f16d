/**
 * Cumulative (year-to-date) amounts: a reporting pack's "Montant cumulé (YTD)", "Cumul à date", a
 * "View" column saying YTD. A CA OP adds each month's amounts; a cumulative column adds every month
 * to the next, so summing it counts January three times by March. Proven by the header (or the
 * View column's values); refused with the way out, never summed.
 */
import { cellText, isBlank } from "../../cells";
import { EngineError } from "../../errors";
import type { MappingResult } from "../../fields";
import { normalizeText } from "../../text";
import { rowNumberOf, type RawTable } from "../../types";

/** Words of a header saying its amounts run from the start of the year (normalised text). */
const CUMULATIVE =
  /\b(?:ytd|year to date|cumul|cumule|cumulee|cumules|cumulees|cumulative|a date|depuis le debut|since beginning)\b/;
/** Words of a money header: the amount of a cumulative column (a "Date de cumul" is no amount). */
const MONEY = /\b(?:montant|amount|mt|solde|balance|ca|chiffre|ventes?|sales|revenues?|valeur|value)\b/;
/** Headers of a pack's view column (OneStream "View": Periodic / YTD). */
const VIEW_HEADERS: ReadonlySet<string> = new Set(["view", "vue", "periodicite", "cumul periodique"]);
/** View values of cumulative amounts. */
const YTD_VIEWS: ReadonlySet<string> = new Set(["ytd", "year to date", "cumul", "cumule", "qtd", "mtd ytd"]);

/** Whether a header names cumulative money ("Montant cumulé (YTD)", "YTD Amount", "CA cumulé"). */
export function isCumulativeHeader(header: string): boolean {
  const h = normalizeText(header);
  return CUMULATIVE.test(h) && MONEY.test(h);
}

/**
 * The refusal of a table whose amount is cumulative: the mapped amount's header says so, or no amount
 * was found beside a cumulative one, or a View column says YTD on a line. Null when the amounts are periodic.
 */
export function cumulativeAmounts(table: RawTable, info: MappingResult): EngineError | null {
  const col = info.mapping.amount;
  if (col !== undefined && isCumulativeHeader(table.headers[col] ?? ""))
    return refusal(table.headers[col] ?? "", firstValue(table, col));
  if (col === undefined && info.mapping.net_amount === undefined && info.mapping.credit === undefined) {
    const at = table.headers.findIndex((h) => isCumulativeHeader(h ?? ""));
    if (at >= 0) return refusal(table.headers[at] ?? "", firstValue(table, at));
  }
  const view = table.headers.findIndex((h) => VIEW_HEADERS.has(normalizeText(h ?? "")));
  if (view < 0) return null;
  const i = table.rows.findIndex((r) => YTD_VIEWS.has(normalizeText(cellText(r?.[view]))));
  return i < 0
    ? null
    : refusal(table.headers[view] ?? "", {
        row: rowNumberOf(table, i),
        value: cellText(table.rows[i][view]),
      });
}

/** The first filled value of a column and its row (1-based, as the file numbers it). */
function firstValue(table: RawTable, col: number): { row: number; value: string } {
  const i = table.rows.findIndex((r) => !isBlank(r?.[col]));
  return i < 0 ? { row: 0, value: "" } : { row: rowNumberOf(table, i), value: cellText(table.rows[i][col]) };
}

/** The error naming the cumulative column, its first value, and the way out. */
function refusal(column: string, at: { row: number; value: string }): EngineError {
  return new EngineError(
    "amount_cumulative",
    `colonne « ${column} » : montants cumulés depuis le début de l'exercice (ligne ${at.row} : ${at.value}) ; le CA OP additionne les montants de chaque mois, et additionner des cumuls compterait plusieurs fois les premiers mois : exportez les montants périodiques (vue « Periodic », flux du mois), ou le seul dernier mois (son cumul est le CA de l'exercice à date)`,
    `column "${column}": amounts cumulated since the start of the fiscal year (row ${at.row}: ${at.value}); CA OP adds each month's amounts, and adding cumulative figures would count the first months several times: export the periodic amounts (view "Periodic", the month's flow), or the last month alone (its cumulative figure is the year's revenue to date)`,
    { column, row: at.row, value: at.value },
  );
}
