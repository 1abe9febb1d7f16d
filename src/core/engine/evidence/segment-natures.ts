/**
 * A category column that holds natures: a receipts book's or a bank tool's "Catégorie" / "Famille"
 * (Tiime, Agicap, a hand-kept list) says of each line "Prestations", "Subvention", "Apport personnel",
 * "Intérêts livret". Its header maps it to the segment, where those words classify nothing and a
 * subsidy or a loan would count as a sale. Proven from the data: without a nature column, a value of
 * the segment column that the nature rules read as an excluded reason (a subsidy, financial income,
 * money not earned…) makes the column also the nature, and a note says so. It stays the segment.
 * An account column of names only (a BI tool's `Account`: "Net revenue", "Interest income") holds no
 * account number to decide the scope: the categories beside it (`Account Category`) are read so too.
 */
import { cellText } from "../../cells";
import { createClassifier, type Classifier } from "../../classify";
import type { RuleSet } from "../../rules";
import { diag, DIAG } from "../../diagnostics";
import {
  rowNumberOf,
  type Diagnostic,
  type Mapping,
  type MappingOverrides,
  type RawTable,
} from "../../types";

/** Distinct values looked at most: a category column has few. */
const MAX_VALUES = 200;

/**
 * The segment column read also as the nature, with its note and the proof to carry to the next
 * chunks (`prior`: header, row and value of the first proof, one per line); else null.
 */
export function segmentNatures(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  rules: RuleSet,
  prior: string | undefined,
): { header: string; note: Diagnostic; proof: string } | null {
  const col = map.segment;
  if (col === undefined || map.kind !== undefined) return null;
  if (overrides !== undefined && ("kind" in overrides || "segment" in overrides)) return null;
  const header = String(table.headers[col] ?? "");
  const [priorHeader, priorRow, priorValue] = (prior ?? "").split("\n");
  const proof =
    priorHeader === header && prior !== undefined
      ? { row: Number(priorRow), value: priorValue ?? "" }
      : map.account !== undefined && !namesOnly(table, map.account)
        ? null
        : excludedValue(table, col, createClassifier(rules));
  if (proof === null) return null;
  const note = diag(DIAG.segmentNatures, { row: proof.row, column: header, value: proof.value });
  return { header, note, proof: [header, proof.row, proof.value].join("\n") };
}

/** Whether column `col` holds no digit in any cell: account names, no account number to read. */
function namesOnly(table: RawTable, col: number): boolean {
  return !table.rows.some((row) => /\d/.test(cellText(row?.[col])));
}

/** The first value of column `col` the nature rules read as an excluded reason, and its row. */
function excludedValue(
  table: RawTable,
  col: number,
  classifier: Classifier,
): { row: number; value: string } | null {
  const seen = new Set<string>();
  for (let i = 0; i < table.rows.length; i++) {
    const value = cellText(table.rows[i]?.[col]);
    if (value === "" || seen.has(value)) continue;
    if (seen.size >= MAX_VALUES) return null;
    seen.add(value);
    const c = classifier.classify({ kindText: value });
    if (c !== null && c.scope !== "op" && c.scope !== "to_review" && c.source !== "default")
      return { row: rowNumberOf(table, i), value };
  }
  return null;
}
