/**
 * A field argument ("segment", "salesperson", or a header text such as "Commercial") resolved to a
 * column of the computed table, with an error that lists the headers and field ids when it is not.
 */
import { fieldColumn } from "../core/aggregate";
import type { EngineResult } from "../core/engine";
import { FIELD_LABELS } from "../core/fields";
import { normalizeText } from "../core/text";
import { FIELD_IDS, type FieldId } from "../core/types";
import { invalid } from "./errors";
import { MESSAGES } from "./messages";

/** Field ids a user may name in a function: every SPEC field but the amount mechanics. */
const NAMEABLE: readonly FieldId[] = FIELD_IDS.filter(
  (f) => !["amount", "net_amount", "debit", "credit", "direction", "quantity", "unit_price"].includes(f),
);

/** Field id from an id ("salesperson") or its label in either language ("Commercial", "Customer"). */
export function fieldIdOf(text: string): FieldId | undefined {
  const key = normalizeText(text);
  for (const f of FIELD_IDS) {
    if (
      normalizeText(f) === key ||
      normalizeText(FIELD_LABELS[f].fr) === key ||
      normalizeText(FIELD_LABELS[f].en) === key
    ) {
      return f;
    }
  }
  return undefined;
}

/** Header list for messages ("Date, Compte, Montant HT"). */
export function headerList(headers: readonly string[]): { fr: string; en: string } {
  const list = headers.filter((h) => h.trim() !== "").join(", ");
  return list === "" ? MESSAGES.none : { fr: list, en: list };
}

/**
 * Column of a field in a computed table: a header text first (what the user sees), then a field id
 * or label through the mapping. Throws #VALUE! naming the field and listing headers and field ids.
 */
export function resolveField(result: EngineResult, field: string): number {
  const headers = result.table.headers;
  const byHeader = headers.findIndex((h) => normalizeText(h) === normalizeText(field));
  if (byHeader >= 0) return byHeader;
  const id = fieldIdOf(field);
  if (id !== undefined) {
    const col = fieldColumn(result, id);
    if (col !== undefined) return col;
    throw invalid("field_not_in_table", { field, headers: headerList(headers) });
  }
  throw invalid("unknown_field", { field, headers: headerList(headers), fields: NAMEABLE.join(", ") });
}
