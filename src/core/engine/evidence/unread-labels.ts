/**
 * A table with no label column nor account column, whose lines are described under a header no
 * synonym names (a consulting firm's "Intervention", a hand sheet's "Quoi"): the rules' keywords
 * are read nowhere, so a subsidy or interest counts as a sale. Not guessed (a column of payment
 * modes or comments is no label): when such a column's texts say a line is no sale (an excluded
 * reason: a subsidy, interest, an asset sold…), a warning names the column and the way out.
 */
import { cellText } from "../../cells";
import { createClassifier } from "../../classify";
import { diag, DIAG } from "../../diagnostics";
import type { RuleSet } from "../../rules";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** Rows and distinct values looked at per column: the warning needs one example. */
const MAX_ROWS = 5_000;
const MAX_VALUES = 500;

/** The label_column_unread warning for the first unmapped column whose texts the label rules read as no sale; else null. */
export function unreadLabelColumn(table: RawTable, map: Mapping, rules: RuleSet): Diagnostic | null {
  if (map.label !== undefined || map.account !== undefined || map.kind !== undefined) return null;
  const mapped = new Set(Object.values(map));
  const classifier = createClassifier(rules);
  for (let col = 0; col < table.headers.length; col++) {
    const header = String(table.headers[col] ?? "").trim();
    if (header === "" || mapped.has(col)) continue;
    const seen = new Set<string>();
    const rows = Math.min(table.rows.length, MAX_ROWS);
    for (let i = 0; i < rows && seen.size < MAX_VALUES; i++) {
      const v = table.rows[i]?.[col];
      if (typeof v !== "string" || table.notLines?.has(i)) continue;
      const value = cellText(v).trim();
      if (!/\p{L}{3}/u.test(value) || seen.has(value)) continue;
      seen.add(value);
      const c = classifier.classify({ label: value });
      if (c !== null && c.source === "label" && c.scope !== "op" && c.scope !== "to_review")
        return diag(DIAG.labelColumnUnread, { row: rowNumberOf(table, i), column: header, value });
    }
  }
  return null;
}
