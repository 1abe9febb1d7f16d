/**
 * A discount on the whole invoice ("Remise globale", Zoho's "Entity Discount Amount") is written on
 * each line of its invoice: summed line by line, an invoice of three lines would lose it three
 * times. It is counted once per invoice, on the first line that shows it; an invoice is a run of
 * consecutive lines with the same number. Without a number column each line counts its own value,
 * and consecutive lines repeating one value are said (the data cannot tell one invoice from two).
 * A rate ("Remise pied %", "5 %") is no money to count once: each line is read less it (deductions.ts).
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { isRateHeader } from "./columns";

/** The invoice the last rows belonged to and the discount counted for it (carried to the next chunk). */
export interface InvoiceDiscountRun {
  id: string;
  value: string;
}

/** Which rows' invoice discount is a repetition, what the rows said, and the run going on at the end. */
export interface InvoiceDiscounts {
  /** Row numbers (as the user sees them) whose value repeats their invoice's counted one: not counted again. */
  repeated: ReadonlySet<number>;
  diagnostics: Diagnostic[];
  /** The invoice going on at the last row, for the next chunk (absent without a number column). */
  last?: InvoiceDiscountRun;
}

const NONE: InvoiceDiscounts = { repeated: new Set(), diagnostics: [] };

/**
 * The rows of `table` whose invoice discount repeats their invoice's (`prior`: the invoice going on
 * at the end of the previous chunk). Rows that are not lines (notLines) are passed over.
 */
export function invoiceDiscounts(
  table: RawTable,
  map: Mapping,
  prior?: InvoiceDiscountRun,
): InvoiceDiscounts {
  const col = map.invoice_discount;
  if (col === undefined) return NONE;
  const column = table.headers[col] ?? "";
  // A rate ("Remise pied %") applies to each line of its invoice: never a repetition.
  if (isRateHeader(column)) return rateNote(table, col, column);
  if (map.id === undefined) return withoutNumbers(table, col, column);
  const idCol = map.id;
  const repeated = new Set<number>();
  let id = prior?.id ?? "";
  let counted = prior?.value ?? "";
  let differs: Diagnostic | null = null;
  let firstRepeated = -1;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || table.notLines?.has(i)) continue;
    const rowId = cellText(row[idCol]).trim();
    // A line without a number is an invoice of its own.
    if (rowId !== id || rowId === "") counted = "";
    id = rowId;
    const v = cellText(row[col]).trim();
    if (isBlank(v) || v.includes("%")) continue;
    if (v === counted) {
      repeated.add(rowNumberOf(table, i));
      if (firstRepeated < 0) firstRepeated = i;
      continue;
    }
    if (counted !== "" && differs === null) {
      const args = { id: rowId, first: counted };
      differs = diag(DIAG.invoiceDiscountDiffers, { row: rowNumberOf(table, i), column, value: v, args });
    }
    counted = v;
  }
  const diagnostics: Diagnostic[] = differs === null ? [] : [differs];
  if (firstRepeated >= 0) {
    const row = rowNumberOf(table, firstRepeated);
    const value = cellText(rows[firstRepeated]?.[col]);
    diagnostics.push(diag(DIAG.invoiceDiscountOnce, { row, column, value, args: { count: repeated.size } }));
  }
  return { repeated, diagnostics, last: { id, value: counted } };
}

/**
 * An invoice discount written as a rate: each line is read less it (invoice-discount rate note, at
 * the first non-zero rate); its invoice's lines are not told apart.
 */
function rateNote(table: RawTable, col: number, column: string): InvoiceDiscounts {
  const i = table.rows.findIndex((r) => {
    const v = cellText(r?.[col]).replace("%", "").trim();
    return v !== "" && Number(v.replace(",", ".")) !== 0;
  });
  if (i < 0) return NONE;
  const value = cellText(table.rows[i]?.[col]);
  return {
    repeated: new Set(),
    diagnostics: [diag(DIAG.invoiceDiscountRate, { row: rowNumberOf(table, i), column, value })],
  };
}

/** No number column: each line counts its value; one warning when consecutive lines repeat a value. */
function withoutNumbers(table: RawTable, col: number, column: string): InvoiceDiscounts {
  let last = "";
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const v = cellText(rows[i]?.[col]).trim();
    if (v !== "" && v === last && Number(v.replace(",", ".")) !== 0) {
      const d = diag(DIAG.invoiceDiscountNoId, { row: rowNumberOf(table, i), column, value: v });
      return { repeated: new Set(), diagnostics: [d] };
    }
    last = v;
  }
  return NONE;
}
