/**
 * Lines taken out of sales on their label alone: with no account column, a label word decides an
 * exclusion ("Conseil en cession d'entreprise" → asset disposal, "Dossier CIR" → tax credit) or a
 * deduction ("Gestion des retours clients" → return). The word may be the service the firm sells:
 * what the data cannot prove is said, with the count and the first line, so it can be checked.
 */
import { kindFromCreditNote } from "../../classify";
import { labelColumn } from "../../fields";
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { SCOPES, type Diagnostic, type Mapping } from "../../types";
import { lineClassification } from "../lines";
import type { EngineResult } from "../result";

const SALES_SCOPES = new Set([SCOPES.indexOf("op"), SCOPES.indexOf("to_review")]);

/** The label_only_decisions warning of a result read without an account column, or null. */
export function labelOnlyDecisions(r: EngineResult, map: Mapping): Diagnostic | null {
  const labelCol = labelColumn(map, r.table.headers);
  if (map.account !== undefined || labelCol === undefined) return null;
  const { lines, table } = r;
  let count = 0;
  let first = -1;
  for (let i = 0; i < lines.count; i++) {
    const c = lineClassification(r, i);
    if (c === null || c.source !== "label") continue;
    // A sale by its label whose credit-note document made it a return: the document decided, not a word.
    if (SALES_SCOPES.has(lines.scope[i]) && (c.kind === "sale" || kindFromCreditNote(c.reason))) continue;
    count++;
    if (first < 0) first = i;
  }
  if (count === 0) return null;
  return diag(DIAG.labelOnlyDecisions, {
    row: lines.rowNumber[first],
    column: table.headers[labelCol] ?? "",
    value: cellText(table.rows[first]?.[labelCol]),
    args: { count },
  });
}
