/**
 * A "Type" column that holds document codes (EBP, Sage: FA / AV, Facture / Avoir), not natures.
 * Its header maps it to the nature field, where "AV" stays a word (a product family: audio-visual)
 * and a credit note written positive would count as a sale. Proven from the column's data: when
 * every value is a document type and it holds an invoice and another document (a credit note, a
 * quote…), the column is read as the document type (credit-notes.ts then reads its credit notes as
 * returns, not-sales.ts sets its quotes and orders apart), and a note says so.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { NO_COLUMN } from "../../fields";
import {
  CREDIT_NOTE_DOCUMENTS,
  DEPOSIT_DOCUMENTS,
  NOT_NATURE_DOCUMENTS,
  NOT_SALE_DOCUMENTS,
  ORDER_DOCUMENTS,
  PAYMENT_DOCUMENTS,
} from "../../rules";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, MappingOverrides, RawTable } from "../../types";
import { namesPeriodTotal } from "./dated-totals";

/** What a document is: an invoice (a receipt…), a deposit invoice, a credit note, or no sale (a quote, an order…). */
type Document = "invoice" | "deposit" | "credit" | "no_sale";

/** Document types, normalized. */
const DOCUMENTS: ReadonlyMap<string, Document> = new Map([
  ...NOT_NATURE_DOCUMENTS.map((v): [string, Document] => [normalizeText(v), "invoice"]),
  // A deposit invoice beside the invoices: a document of its own (deposit_invoice_counted says it).
  ...DEPOSIT_DOCUMENTS.map((v): [string, Document] => [normalizeText(v), "deposit"]),
  // An order is no sale beside invoices, which the proof below requires.
  ...[...NOT_SALE_DOCUMENTS, ...PAYMENT_DOCUMENTS, ...ORDER_DOCUMENTS].map((v): [string, Document] => [
    normalizeText(v),
    "no_sale",
  ]),
  ...CREDIT_NOTE_DOCUMENTS.map((v): [string, Document] => [normalizeText(v), "credit"]),
]);

/** Distinct values looked at most (a nature column has a few; past this, it is not document codes). */
const MAX_VALUES = 50;

/** A nature column read as the document type: its header and the values that proved it. */
export interface DocumentKinds {
  header: string;
  /** The column's values, as the note shows them ("FA, AV"); carried across chunks. */
  values: string;
}

/**
 * The nature column when its data proves it holds document codes, or when `prior` (the values an
 * earlier chunk proved it with) is given; else null. Never when the user mapped the document type.
 */
export function kindHoldsDocuments(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  prior: string | undefined,
): DocumentKinds | null {
  const col = map.kind;
  if (col === undefined || map.doc_type !== undefined) return null;
  // The user's word on the document type ("--map doc_type=": none) wins; naming the nature column
  // does not (the add-in's confirmed mapping names every detected field).
  if (overrides !== undefined && "doc_type" in overrides) return null;
  const header = table.headers[col] ?? "";
  if (prior !== undefined) return { header, values: prior };
  const seen = new Map<string, Document>();
  for (let i = 0; i < table.rows.length; i++) {
    const text = cellText(table.rows[i]?.[col]);
    // A total row ("Total" in the type column, a SUM the reader set apart) is no document.
    if (text === "" || seen.has(text) || table.notLines?.has(i) || namesPeriodTotal(text)) continue;
    const doc = DOCUMENTS.get(normalizeText(text));
    if (doc === undefined || seen.size >= MAX_VALUES) return null;
    seen.set(text, doc);
  }
  const docs = new Set(seen.values());
  if (!docs.has("invoice") || docs.size < 2) return null;
  // Invoices, then credit notes, then the others, each sorted: the same text whichever chunk proves it.
  const values = (["invoice", "deposit", "credit", "no_sale"] as const).flatMap((d) =>
    [...seen]
      .filter(([, v]) => v === d)
      .map(([k]) => k)
      .sort()
      .slice(0, 2),
  );
  return { header, values: values.join(", ") };
}

/** The mapping overrides that read the nature column as the document type. */
export function asDocumentType(
  overrides: MappingOverrides | undefined,
  docs: DocumentKinds,
): MappingOverrides {
  return { ...overrides, kind: NO_COLUMN, doc_type: docs.header };
}

/** The kind_document_codes note: the column and the values that proved it. */
export function documentKindNote(docs: DocumentKinds): Diagnostic {
  return diag(DIAG.kindDocumentCodes, { row: 0, column: docs.header, value: docs.values });
}
