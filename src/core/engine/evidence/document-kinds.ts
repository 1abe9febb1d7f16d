/**
 * A "Type" column that holds document codes (EBP, Sage: FA / AV, Facture / Avoir), not natures.
 * Its header maps it to the nature field, where "AV" stays a word (a product family: audio-visual)
 * and a credit note written positive would count as a sale. Proven from the column's data: when
 * every value is a document type and it holds an invoice and another document (a credit note, a
 * quote…), the column is read as the document type (credit-notes.ts then reads its credit notes as
 * returns, not-sales.ts sets its quotes and orders apart), and a note says so. Likewise a column of
 * one software's codes only (SAP's billing types F2 / G2 / S1 / F5, Xero's ACCREC / ACCRECCREDIT:
 * rules/document-codes.ts), by the nature's header or the document type's: its codes are read as
 * those documents, and only in that column.
 */
import { cellText } from "../../cells";
import { diag, DIAG, type DiagSpec } from "../../diagnostics";
import { NO_COLUMN } from "../../fields";
import {
  codedDocument,
  CREDIT_NOTE_DOCUMENTS,
  DOCUMENT_CODE_SYSTEMS,
  DEPOSIT_DOCUMENTS,
  NOT_NATURE_DOCUMENTS,
  NOT_SALE_DOCUMENTS,
  ORDER_DOCUMENTS,
  PAYMENT_DOCUMENTS,
  type DocumentCodeSystem,
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

/** A nature column read as the document type, or a document-type column of one software's codes. */
export interface DocumentKinds {
  header: string;
  /** The column's values, as the note shows them ("FA, AV"); carried across chunks. */
  values: string;
  /** The software whose codes the column holds (SAP's F2 / G2, Xero's ACCREC): read only as such codes. */
  codes?: DocumentCodeSystem["id"];
  /** True when the column was mapped as the document type by its header (nothing to remap). */
  docType?: boolean;
}

/**
 * The nature column when its data proves it holds document codes, or when `prior` (the values an
 * earlier chunk proved it with) is given; else null. Never when the user mapped the document type.
 * A document-type column (by its header) whose every value is one software's code is returned too.
 */
export function kindHoldsDocuments(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  prior: string | undefined,
): DocumentKinds | null {
  if (map.doc_type !== undefined) return docTypeCodes(table, map.doc_type, prior);
  const col = map.kind;
  if (col === undefined) return null;
  // The user's word on the document type ("--map doc_type=": none) wins; naming the nature column
  // does not (the add-in's confirmed mapping names every detected field).
  if (overrides !== undefined && "doc_type" in overrides) return null;
  const header = table.headers[col] ?? "";
  if (prior !== undefined) return { header, values: prior, ...codesOf(prior.split(", ")) };
  const values = distinctValues(table, col);
  if (values === null) return null;
  const generic = genericDocuments(values);
  if (generic !== null) return { header, values: generic };
  const coded = codedValues(values);
  return coded === null ? null : { header, ...coded };
}

/** A document-type column (mapped by its header) holding one software's codes only, else null. */
function docTypeCodes(table: RawTable, col: number, prior: string | undefined): DocumentKinds | null {
  const header = table.headers[col] ?? "";
  const found = prior !== undefined ? { values: prior, ...codesOf(prior.split(", ")) } : null;
  if (found?.codes !== undefined) return { header, docType: true, ...found };
  const values = distinctValues(table, col);
  const coded = values === null ? null : codedValues(values);
  return coded === null ? null : { header, docType: true, ...coded };
}

/** The column's distinct values (a total row and rows that are not lines left out); null past MAX_VALUES. */
function distinctValues(table: RawTable, col: number): string[] | null {
  const seen = new Set<string>();
  for (let i = 0; i < table.rows.length; i++) {
    const text = cellText(table.rows[i]?.[col]);
    // A total row ("Total" in the type column, a SUM the reader set apart) is no document.
    if (text === "" || seen.has(text) || table.notLines?.has(i) || namesPeriodTotal(text)) continue;
    if (seen.size >= MAX_VALUES) return null;
    seen.add(text);
  }
  return [...seen];
}

/** The note's values when every value is a document type and an invoice and another document are among them. */
function genericDocuments(values: readonly string[]): string | null {
  const seen = new Map<string, Document>();
  for (const text of values) {
    const doc = DOCUMENTS.get(normalizeText(text));
    if (doc === undefined) return null;
    seen.set(text, doc);
  }
  return noteValues(seen);
}

/** The values and software when every value is one software's code, an invoice and another document among them. */
function codedValues(values: readonly string[]): { values: string; codes: DocumentCodeSystem["id"] } | null {
  for (const system of DOCUMENT_CODE_SYSTEMS) {
    const seen = new Map<string, Document>();
    for (const text of values) {
      const doc = codedDocument(system.id, text);
      if (doc === undefined) break;
      seen.set(text, doc === "purchase" ? "no_sale" : doc);
    }
    const shown = seen.size === values.length ? noteValues(seen) : null;
    if (shown !== null) return { values: shown, codes: system.id };
  }
  return null;
}

/** The software whose codes an earlier chunk's proof shows, if any (the proof's values are those codes). */
function codesOf(values: readonly string[]): { codes?: DocumentCodeSystem["id"] } {
  const coded = codedValues(values);
  return coded === null ? {} : { codes: coded.codes };
}

/**
 * The note's values ("FA, AV"): invoices, then credit notes, then the others, each sorted, two of
 * each: the same text whichever chunk proves it. Null without an invoice and another document.
 */
function noteValues(seen: ReadonlyMap<string, Document>): string | null {
  const docs = new Set(seen.values());
  if (!docs.has("invoice") || docs.size < 2) return null;
  const values = (["invoice", "deposit", "credit", "no_sale"] as const).flatMap((d) =>
    [...seen]
      .filter(([, v]) => v === d)
      .map(([k]) => k)
      .sort()
      .slice(0, 2),
  );
  return values.join(", ");
}

/** The mapping overrides that read the nature column as the document type. */
export function asDocumentType(
  overrides: MappingOverrides | undefined,
  docs: DocumentKinds,
): MappingOverrides | undefined {
  return docs.docType === true ? overrides : { ...overrides, kind: NO_COLUMN, doc_type: docs.header };
}

/** The note of the column read as the document type: the column and the values that proved it. */
export function documentKindNote(docs: DocumentKinds): Diagnostic {
  const spec = docs.codes === undefined ? DIAG.kindDocumentCodes : DOCUMENT_CODES_NOTES[docs.codes];
  return diag(spec, { row: 0, column: docs.header, value: docs.values });
}

/** Each software's note: what its codes are read as. */
const DOCUMENT_CODES_NOTES: Record<DocumentCodeSystem["id"], DiagSpec> = {
  sap: DIAG.documentCodesSap,
  xero: DIAG.documentCodesXero,
};
