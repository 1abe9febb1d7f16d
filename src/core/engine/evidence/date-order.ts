/**
 * Date-order evidence: which day/month order a date column's text values prove, the row that
 * proves it, and the contradictions (inside the table, or with earlier chunks) that are errors.
 */
import { detectDateOrder, type DateOrder } from "../../dates";
import { diag, DIAG } from "../../diagnostics";
import { EngineError } from "../../errors";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type Lang, type RawTable } from "../../types";
import { titleDateOrder } from "./title-period";

/** Order of a date column proven by one of its values (the first that proves it). */
export interface DateProof {
  order: DateOrder;
  row: number;
  value: string;
}

/**
 * Day/month order of the date column from its text values; a contradiction (inside the table, or
 * with the order `prior` rows proved) is an error naming two rows. Undecidable data: another date
 * column's proof (with `siblings`), else the locale.
 */
export function decideDateOrder(
  table: RawTable,
  col: number,
  locale: Lang,
  diagnostics: Diagnostic[],
  prior: DateProof | undefined,
  texts?: readonly number[],
  siblings = true,
): { order: DateOrder; decidedBy: "data" | "locale" | "prior" | "none"; proof?: DateProof } {
  // Row indexes of the column's text cells (given by the caller's one pass, see text-cells.ts).
  const idx: readonly number[] = texts ?? textRows(table, col);
  const values = idx.map((i) => table.rows[i][col] as string);
  const fallback: DateOrder = locale === "fr" ? "dmy" : "mdy";
  if (values.length === 0) return { order: prior?.order ?? fallback, decidedBy: prior ? "prior" : "none" };
  const r = detectDateOrder(values, locale);
  const rowOf = (k: number): number =>
    table.rowNumbers ? table.rowNumbers[idx[k]] : table.firstRow + idx[k];
  const column = table.headers[col] ?? "";
  const conflict = (dmy: DateProof, mdy: DateProof): EngineError =>
    new EngineError(
      "date_order_conflict",
      `colonne « ${column} » : ordre jour/mois contradictoire (ligne ${dmy.row} « ${dmy.value} » est jj/mm, ligne ${mdy.row} « ${mdy.value} » est mm/jj)`,
      `column "${column}": contradictory day/month order (row ${dmy.row} "${dmy.value}" is dd/mm, row ${mdy.row} "${mdy.value}" is mm/dd)`,
      { rows: [dmy.row, mdy.row] },
    );
  const proofAt = (k: number, order: DateOrder): DateProof => ({ order, row: rowOf(k), value: values[k] });
  if (r.conflict) throw conflict(proofAt(r.conflict[0], "dmy"), proofAt(r.conflict[1], "mdy"));
  if (r.decidedBy === "data") {
    const proof = proofAt(firstProof(values, r.order, locale), r.order);
    if (prior && prior.order !== r.order) {
      throw prior.order === "dmy" ? conflict(prior, proof) : conflict(proof, prior);
    }
    return { order: r.order, decidedBy: "data", proof: prior ?? proof };
  }
  if (prior) return { order: prior.order, decidedBy: "prior", proof: prior };
  // Another date column of the same export (a due date) proves the order the software writes dates in.
  const sibling = siblings ? siblingOrder(table, col, locale) : null;
  if (sibling !== null) {
    const dmy = sibling.order === "dmy";
    const args = {
      other: sibling.column,
      orderEn: dmy ? "dd/mm" : "mm/dd",
      orderFr: dmy ? "jj/mm" : "mm/jj",
    };
    diagnostics.push(
      diag(DIAG.dateOrderOtherColumn, { row: sibling.row, column, value: sibling.value, args }),
    );
    const { order, row, value } = sibling;
    return { order, decidedBy: "data", proof: { order, row, value } };
  }
  // A report's period written in words above its header ("January 1-12, 2025") holds its dates.
  const titled = siblings ? titleDateOrder(table, values) : null;
  if (titled !== null) {
    const { order } = titled;
    const dmy = order === "dmy";
    const args = { orderEn: dmy ? "dd/mm" : "mm/dd", orderFr: dmy ? "jj/mm" : "mm/jj" };
    diagnostics.push(diag(DIAG.dateOrderTitle, { row: 0, column, value: titled.period.title, args }));
    return { order, decidedBy: "data", proof: { order, row: 0, value: titled.period.title } };
  }
  // Only dates whose first two parts could each be day or month are ambiguous (never ISO yyyy-mm-dd,
  // nor a subtotal's "15/01/2025 Total"): without one, the guess changes no month and is not said.
  if (values.some(ambiguousDate)) {
    diagnostics.push(
      diag(DIAG.dateOrderLocale, {
        row: 0,
        column,
        value: r.order === "dmy" ? "jj/mm" : "mm/jj",
        args: { orderEn: r.order === "dmy" ? "dd/mm" : "mm/dd" },
      }),
    );
  }
  return { order: r.order, decidedBy: "locale" };
}

/** Headers of the other date columns of an export: due, delivery, payment dates. */
const DATE_HEADER = /\bdate\b|date$|\bdue\b|echeance|\bdated?\b/;

/**
 * The order another date column of the table proves (without contradiction between such columns),
 * with its first proving row; null when none proves one or two prove different orders.
 */
function siblingOrder(table: RawTable, col: number, locale: Lang): (DateProof & { column: string }) | null {
  const proofs = table.headers.flatMap((h, c) => {
    if (c === col || !DATE_HEADER.test(normalizeText(String(h ?? "")))) return [];
    const idx = textRows(table, c);
    const values = idx.map((i) => table.rows[i][c] as string);
    const r = detectDateOrder(values, locale);
    if (r.decidedBy !== "data" || r.conflict) return [];
    const k = firstProof(values, r.order, locale);
    return [{ order: r.order, row: rowNumberOf(table, idx[k]), value: values[k], column: String(h) }];
  });
  // Two columns proving different orders prove nothing about the third.
  return proofs.length > 0 && proofs.every((p) => p.order === proofs[0].order) ? proofs[0] : null;
}

/** Row indexes of the column's text cells. */
function textRows(table: RawTable, col: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < table.rows.length; i++) if (typeof table.rows[i]?.[col] === "string") idx.push(i);
  return idx;
}

/** Index of the first value that alone proves the order (there is one when the column proved it). */
export function firstProof(values: readonly string[], order: DateOrder, locale: Lang): number {
  for (let k = 0; k < values.length; k++) {
    const one = detectDateOrder([values[k]], locale);
    if (one.decidedBy === "data" && one.order === order) return k;
  }
  return 0;
}

/** True when a text starts with a date whose first two parts are both 12 or less (02/03/2025). */
function ambiguousDate(v: string): boolean {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/.exec(v);
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) > 0 && Number(m[2]) > 0;
}
