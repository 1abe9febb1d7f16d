/**
 * A "Type" column that holds document codes (EBP, Sage: FA / AV, Facture / Avoir), not natures.
 * Its header maps it to the nature field, where "AV" stays a word (a product family: audio-visual)
 * and a credit note written positive would count as a sale. Proven from the column's data: when
 * every value is a document type and it holds an invoice and another document (a credit note, a
 * quote…), the column is read as the document type (credit-notes.ts then reads its credit notes as
 * returns, not-sales.ts sets its quotes and orders apart), and a note says so. Likewise a column of
 * one software's codes only (SAP's billing types F2 / G2 / S1 / F5, Xero's ACCREC / ACCRECCREDIT:
 * Sage 50 UK's SI / SC / BR / JC, EBP's FA / AV / DE, Cegid's FFO / AVC / BLC: rules/document-codes.ts),
 * by the nature's header or the document type's: its codes are read as those documents, and only in
 * that column; a code-shaped value no table knows (EBP's FD) is said, its rows read as ordinary lines.
 * A class column (Oracle Receivables' "Class" INV / CM / DEP, Sage X3's "Catégorie" Facture / Avoir),
 * unmapped or taken for a segment, is the document type once its data proves it likewise.
 */
import { cellText } from "../../cells";
import { diag, DIAG, type DiagSpec } from "../../diagnostics";
import { NO_COLUMN } from "../../fields";
import {
  codedDocument,
  CREDIT_NOTE_DOCUMENTS,
  DEFAULT_RULES,
  DOCUMENT_CODE_SYSTEMS,
  DEPOSIT_DOCUMENTS,
  NOT_NATURE_DOCUMENTS,
  NOT_SALE_DOCUMENTS,
  ORDER_DOCUMENTS,
  PAYMENT_DOCUMENTS,
  type CodedDocument,
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
  /** A class column (Oracle's Class, X3's Catégorie) read as the document type: its header is carried across chunks. */
  classColumn?: boolean;
  /** The class column was mapped as the segment: it is the document type instead. */
  wasSegment?: boolean;
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
  classPrior?: string,
): DocumentKinds | null {
  // An earlier chunk proved a class column: the same column, read with its proof.
  if (classPrior !== undefined && prior !== undefined) return classColumnOf(table, map, classPrior, prior);
  // The user's word on the document type ("--map doc_type=": none, or a column) wins; naming the
  // nature column does not (the add-in's confirmed mapping names every detected field).
  const chosen = overrides !== undefined && "doc_type" in overrides;
  if (map.doc_type !== undefined) {
    const coded = docTypeCodes(table, map.doc_type, prior);
    return coded !== null || chosen || prior !== undefined ? coded : classColumn(table, map, overrides);
  }
  const col = map.kind;
  if (chosen) return null;
  if (col === undefined) return prior === undefined ? classColumn(table, map, overrides) : null;
  const header = table.headers[col] ?? "";
  if (prior !== undefined) return { header, values: prior, ...codesOf(prior, table, col) };
  const values = distinctValues(table, col);
  const generic = values === null ? null : genericDocuments(values);
  if (generic !== null) return { header, values: generic };
  const coded = values === null ? null : codedValues(values, BILLING_TYPE_HEADERS.has(normalizeText(header)));
  return coded === null ? classColumn(table, map, overrides) : { header, ...coded };
}

/** A document-type column (mapped by its header) holding one software's codes only, else null. */
function docTypeCodes(table: RawTable, col: number, prior: string | undefined): DocumentKinds | null {
  const header = table.headers[col] ?? "";
  const found = prior !== undefined ? { values: prior, ...codesOf(prior, table, col) } : null;
  if (found?.codes !== undefined) return { header, docType: true, ...found };
  const values = distinctValues(table, col);
  // Its header names the document type: a customer's own codes beside the software's are said, not
  // a reason to leave the known ones unread (a journal's codes are journals, not documents).
  const lenient = !JOURNAL_HEADERS.has(normalizeText(header));
  const coded = values === null ? null : codedValues(values, lenient);
  return coded === null ? null : { header, docType: true, ...coded };
}

/** A nature-mapped header that names the billing document's type (SAP VF05's "Billing Type"): lenient too. */
const BILLING_TYPE_HEADERS: ReadonlySet<string> = new Set(
  ["Billing type", "Billing document type", "Type de document de facturation"].map(normalizeText),
);

/** Headers of a journal-code column, mapped as the document type, whose codes are journals first. */
const JOURNAL_HEADERS: ReadonlySet<string> = new Set(
  ["journal", "code journal", "journal code"].map(normalizeText),
);

/**
 * Headers of a column that may hold the documents' class (Oracle Receivables' "Class", Sage X3's
 * "Catégorie" of an invoice): no field by their header alone (QuickBooks' "Class" is a department, a
 * "Catégorie" a product family), the document type once every value proves it.
 */
const CLASS_HEADERS: ReadonlySet<string> = new Set(
  [
    "Class",
    "Transaction class",
    "Classe",
    "Catégorie",
    "Category",
    "Catégorie facture",
    "Catégorie de facture",
    "Invoice category",
  ].map(normalizeText),
);

/**
 * A class column, unmapped or mapped as the segment (not by the user), whose every value is a
 * document type or one software's codes (strictly: an unknown value must be rare), else null.
 */
function classColumn(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
): DocumentKinds | null {
  const mapped = new Set(Object.values(map));
  for (let col = 0; col < table.headers.length; col++) {
    const header = table.headers[col] ?? "";
    if (!CLASS_HEADERS.has(normalizeText(header))) continue;
    const wasSegment = map.segment === col;
    if (wasSegment ? overrides !== undefined && "segment" in overrides : mapped.has(col)) continue;
    const values = distinctValues(table, col);
    if (values === null) continue;
    const generic = genericDocuments(values);
    const found = generic !== null ? { values: generic } : codedValues(values);
    if (found !== null) return { header, classColumn: true, ...(wasSegment ? { wasSegment } : {}), ...found };
  }
  return null;
}

/** The class column an earlier chunk proved (its header), read with that proof; null when this table lacks it. */
function classColumnOf(table: RawTable, map: Mapping, header: string, prior: string): DocumentKinds | null {
  const col = table.headers.indexOf(header);
  if (col < 0) return null;
  const wasSegment = map.segment === col ? { wasSegment: true } : {};
  return { header, values: prior, classColumn: true, ...wasSegment, ...codesOf(prior, table, col) };
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

/**
 * The values and software when the column holds one software's codes, an invoice and another
 * document among them. A value no table knows (EBP's FD) leaves the column read as codes when it is
 * code-shaped, no nature, and the known codes outnumber it: its rows are read as ordinary lines and
 * said (not-sales.ts). The software knowing the most values wins, ties in DOCUMENT_CODE_SYSTEMS' order.
 */
function codedValues(
  values: readonly string[],
  lenient = false,
): { values: string; codes: DocumentCodeSystem["id"] } | null {
  let best: { values: string; codes: DocumentCodeSystem["id"]; unknown: number } | null = null;
  for (const system of DOCUMENT_CODE_SYSTEMS) {
    const seen = new Map<string, Document>();
    const unknown: string[] = [];
    for (const text of values) {
      const doc = codedDocument(system.id, text);
      if (doc === undefined) unknown.push(text);
      else seen.set(text, CODED_NOTE[doc]);
    }
    if (!unknownTolerated(unknown, seen.size, lenient)) continue;
    const shown = noteValues(seen);
    if (shown !== null && (best === null || unknown.length < best.unknown))
      best = { values: shown, codes: system.id, unknown: unknown.length };
  }
  return best === null ? null : { values: best.values, codes: best.codes };
}

/** How a coded document counts in the note's proof: payments, purchases and postings are no sales. */
const CODED_NOTE: Readonly<Record<CodedDocument, Document>> = {
  invoice: "invoice",
  credit: "credit",
  no_sale: "no_sale",
  purchase: "no_sale",
  payment: "no_sale",
  posting: "no_sale",
};

/** Unknown values a column of codes may hold: at most two, fewer than its known codes. */
const MAX_UNKNOWN_CODES = 2;

/** Unknown values a column headed as the document type may hold beside as many known codes. */
const LENIENT_UNKNOWN_CODES = 6;

/** A code as software writes it: 2 to 4 capitals or digits, a capital first ("FD", "ZF2"). */
const CODE_SHAPE = /^[A-Z][A-Z0-9]{1,3}$/;

/** The nature values (Subvention, CIR…): never an unknown code, a nature column stays a nature. */
const NATURES: ReadonlySet<string> = new Set(
  DEFAULT_RULES.kindValues.flatMap((r) => r.values.map(normalizeText)),
);

/**
 * Whether the values no table of the software knows still leave its column read as its codes: a few,
 * fewer than its known codes; in a column headed as the document type (`lenient`), as many as them
 * (SAP's F2 / G2 beside a customer's ZF2 / ZG2).
 */
function unknownTolerated(unknown: readonly string[], known: number, lenient = false): boolean {
  if (unknown.length === 0) return true;
  const tooMany = lenient
    ? unknown.length > LENIENT_UNKNOWN_CODES || unknown.length > known
    : unknown.length > MAX_UNKNOWN_CODES || unknown.length >= known;
  if (tooMany) return false;
  return unknown.every((v) => CODE_SHAPE.test(v.trim()) && !NATURES.has(normalizeText(v)));
}

/**
 * The software whose codes an earlier chunk's proof shows, if any (the proof's values are those
 * codes), read as the first chunk read them: document types before codes ("SI, SC" are both). When
 * this chunk holds a value no document type names (EBP's DE after a first chunk of FA / AV / BL),
 * the software whose codes cover the proof and this chunk's values reads it, as the whole table would.
 */
function codesOf(prior: string, table: RawTable, col: number): { codes?: DocumentCodeSystem["id"] } {
  const proof = prior.split(", ");
  if (genericDocuments(proof) !== null) {
    const own = distinctValues(table, col);
    if (own === null || own.every((v) => DOCUMENTS.has(normalizeText(v)))) return {};
    const coded = codedValues([...proof, ...own.filter((v) => !proof.includes(v))]);
    return coded === null ? {} : { codes: coded.codes };
  }
  const coded = codedValues(proof);
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
  if (docs.docType === true) return overrides;
  // A class column: the document type, the segment no more when it was taken for one.
  if (docs.classColumn === true)
    return {
      ...overrides,
      doc_type: docs.header,
      ...(docs.wasSegment === true ? { segment: NO_COLUMN } : {}),
    };
  return { ...overrides, kind: NO_COLUMN, doc_type: docs.header };
}

/** The note of the column read as the document type: the column and the values that proved it. */
export function documentKindNote(docs: DocumentKinds): Diagnostic {
  const generic = docs.classColumn === true ? DIAG.classDocumentTypes : DIAG.kindDocumentCodes;
  const spec = docs.codes === undefined ? generic : DOCUMENT_CODES_NOTES[docs.codes];
  return diag(spec, { row: 0, column: docs.header, value: docs.values });
}

/** Each software's note: what its codes are read as. */
const DOCUMENT_CODES_NOTES: Record<DocumentCodeSystem["id"], DiagSpec> = {
  sap: DIAG.documentCodesSap,
  xero: DIAG.documentCodesXero,
  sage50uk: DIAG.documentCodesSage50uk,
  ebp: DIAG.documentCodesEbp,
  cegid: DIAG.documentCodesCegid,
  sagex3: DIAG.documentCodesSagex3,
  oracle: DIAG.documentCodesOracle,
};
