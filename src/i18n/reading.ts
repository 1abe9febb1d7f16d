/** The reading line of a result in a language: how each column was read, from the catalogue's words. */
import type { Reading } from "../core/engine/evidence/columns";
import type { Lang } from "../core/types";
import { CATALOGUES } from "./index";

/**
 * The reading in a few words, for the CLI summary and the task pane's mapping step:
 * "Lecture : Sales décimales « . » (prouvé ligne 2) ; date = Order Date (Ship Date non utilisée) ; Discount = taux".
 */
export function readingText(r: Reading, lang: Lang): string {
  const w = CATALOGUES[lang].reading;
  const parts: string[] = [];
  for (const [h, d] of Object.entries(r.decimal)) {
    // Columns without a separator anywhere need no mark: only proven or optioned ones are said.
    if (!d.proof && d.by !== "option") continue;
    const why = d.proof ? w.proven(d.proof.row, d.proof.column) : d.by === "option" ? w.option : w.assumed;
    parts.push(w.decimals(h, d.mark, why));
  }
  if (r.date) parts.push(w.date(r.date, r.dateUnused));
  if (r.discount)
    parts.push(w.discount(r.discount.column, r.discount.as === "rate", r.discount.scale === "percent"));
  if (r.amount) parts.push(w.amount(r.amount.column, r.amount.is === "net", r.amount.by));
  for (const [column, factor] of Object.entries(r.units ?? {})) parts.push(w.unit(column, factor));
  if (r.journal) parts.push(w.journal(r.journal.column));
  return `${w.reading}${lang === "fr" ? " : " : ": "}${parts.join(" ; ")}`;
}
