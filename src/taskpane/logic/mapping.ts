/**
 * The mapping step: the auto-detected columns of each field (core detectMapping), the user's
 * overrides, what is missing, and a preview of the first rows as the engine will read them.
 */
import { cellText } from "../../core/cells";
import { serialToYmd } from "../../core/dates";
import { EngineError } from "../../core/errors";
import { detectMapping, FIELD_LABELS, NO_COLUMN, type MappingResult } from "../../core/fields";
import {
  FIELD_IDS,
  type CellValue,
  type FieldId,
  type I18nText,
  type MappingOverrides,
  type RawTable,
} from "../../core/types";

/** Fields shown first: what a sales export usually has. The others sit behind "more fields". */
export const MAIN_FIELDS: readonly FieldId[] = [
  "date",
  "amount",
  "account",
  "label",
  "kind",
  "op_flag",
  "segment",
  "product",
  "client",
  "salesperson",
];

/** The remaining fields (debit/credit, FEC direction, quantity × price, per-line deductions…). */
export const MORE_FIELDS: readonly FieldId[] = FIELD_IDS.filter((f) => !MAIN_FIELDS.includes(f));

/** Fields whose column can stand in for the amount (their presence satisfies "amount"). */
const AMOUNT_SOURCES: readonly FieldId[] = [
  "amount",
  "net_amount",
  "debit",
  "credit",
  "quantity",
  "unit_price",
  "direction",
];

/** One line of the mapping table. */
export interface FieldRow {
  field: FieldId;
  label: I18nText;
  /** 0-based column, undefined when the field has no column. */
  column: number | undefined;
  /** 0..1 confidence of the detection (1 = exact synonym or the user's choice). */
  confidence: number | undefined;
  /** The user chose this column (an override), rather than the detection. */
  chosen: boolean;
  /** The user said this field has no column ("(aucune colonne)"): detection leaves it empty. */
  none: boolean;
  /** The field is required and has no column. */
  missing: boolean;
}

/** The whole mapping as the step shows it. */
export interface MappingView {
  detection: MappingResult;
  rows: FieldRow[];
  /** A stored override naming a column the table no longer has (FR/EN), the detection ran without it. */
  problem: I18nText | null;
}

/** Mapping of a table's headers with the user's overrides; a broken override is reported, not thrown. */
export function mappingView(headers: readonly string[], overrides: MappingOverrides): MappingView {
  let detection: MappingResult;
  let problem: I18nText | null = null;
  try {
    detection = detectMapping(headers, overrides);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    problem = { fr: e.fr, en: e.en };
    detection = detectMapping(headers, validOverrides(headers, overrides));
  }
  const missing = new Set<FieldId>(detection.missing);
  const rows = FIELD_IDS.map((field) => ({
    field,
    label: FIELD_LABELS[field],
    column: detection.mapping[field],
    confidence: detection.confidence[field],
    chosen: overrides[field] !== undefined && overrides[field] !== NO_COLUMN,
    none: overrides[field] === NO_COLUMN,
    missing: missing.has(field),
  }));
  return { detection, rows, problem };
}

/** The overrides that still name a column of the table. */
function validOverrides(headers: readonly string[], overrides: MappingOverrides): MappingOverrides {
  const out: MappingOverrides = {};
  for (const [field, value] of Object.entries(overrides) as [FieldId, string | number | undefined][]) {
    if (value === undefined) continue;
    if (value === NO_COLUMN) {
      out[field] = value;
      continue;
    }
    try {
      detectMapping(headers, { [field]: value });
      out[field] = value;
    } catch {
      // dropped: reported once by mappingView
    }
  }
  return out;
}

/** The user's "(aucune colonne)": the field is un-mapped (stored as NO_COLUMN). */
export const UNMAP: unique symbol = Symbol("unmap");

/**
 * Overrides after the user picks a column for a field (header text), says it has none (UNMAP),
 * or goes back to detection (null).
 */
export function withOverride(
  overrides: MappingOverrides,
  field: FieldId,
  header: string | typeof UNMAP | null,
): MappingOverrides {
  const next: MappingOverrides = { ...overrides };
  if (header === null) delete next[field];
  else if (header === UNMAP) next[field] = NO_COLUMN;
  else next[field] = header;
  return next;
}

/**
 * What is stored when the user confirms: every mapped field by its header text (stable if columns
 * move), and the fields the user left without a column.
 */
export function confirmedMapping(view: MappingView, headers: readonly string[]): MappingOverrides {
  const out: MappingOverrides = {};
  for (const r of view.rows) if (r.none) out[r.field] = NO_COLUMN;
  for (const [field, col] of Object.entries(view.detection.mapping) as [FieldId, number][]) {
    const h = headers[col];
    if (h !== undefined && h !== "") out[field] = h;
  }
  return out;
}

/** True when the engine can compute: a date column and an amount source. */
export function isComplete(view: MappingView): boolean {
  return view.detection.missing.length === 0;
}

/** True for the fields that can provide the amount (shown as "or" alternatives in the missing message). */
export function isAmountSource(field: FieldId): boolean {
  return AMOUNT_SOURCES.includes(field);
}

/** Fields the preview shows when mapped: what decides a line's month, amount and classification. */
export const PREVIEW_FIELDS: readonly FieldId[] = [
  "date",
  "account",
  "label",
  "kind",
  "op_flag",
  "amount",
  "net_amount",
  "debit",
  "credit",
  "direction",
  "quantity",
  "unit_price",
];

/** The first n rows of the mapped preview columns as text, with the sheet's row numbers. */
export function previewRows(
  table: RawTable,
  view: MappingView,
  n = 5,
): { fields: FieldId[]; rows: { row: number; cells: string[] }[] } {
  const fields = PREVIEW_FIELDS.filter((f) => view.detection.mapping[f] !== undefined);
  const rows = table.rows.slice(0, n).map((r: CellValue[], i) => ({
    row: table.rowNumbers?.[i] ?? table.firstRow + i,
    cells: fields.map((f) => displayCell(r[view.detection.mapping[f] as number], f, table.date1904 === true)),
  }));
  return { fields, rows };
}

/** A cell as the preview shows it: date serials of the date field as dd/mm/yyyy, the rest as text. */
export function displayCell(v: CellValue, field: FieldId, date1904: boolean): string {
  if (field === "date" && typeof v === "number" && Number.isFinite(v) && v > 0 && v < 2958466) {
    const { y, m, d } = serialToYmd(v, date1904);
    return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
  }
  return cellText(v);
}

/** A field that lost its column because the user gave that column to another field. */
export interface MovedField {
  /** The column's header. */
  header: string;
  field: FieldId;
  /** The field's column now (header), or null when it has none. */
  now: string | null;
}

/**
 * Fields whose column was given to `field` by the user's last choice: the pane says so, since
 * taking a column for one field silently un-maps (or re-detects) the other.
 */
export function movedFields(
  before: MappingView,
  after: MappingView,
  field: FieldId,
  headers: readonly string[],
): MovedField[] {
  const col = after.detection.mapping[field];
  if (col === undefined) return [];
  const out: MovedField[] = [];
  for (const [f, c] of Object.entries(before.detection.mapping) as [FieldId, number][]) {
    if (f === field || c !== col || after.detection.mapping[f] === col) continue;
    const now = after.detection.mapping[f];
    out.push({
      header: headers[col] ?? "",
      field: f,
      now: now === undefined ? null : (headers[now] ?? null),
    });
  }
  return out;
}
