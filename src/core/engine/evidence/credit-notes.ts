/**
 * Credit notes of a document-type column (`Type pièce`, `Type de document`, `Journal`: Facture /
 * Avoir), SPEC 2.1. The column is not a nature and never decides the scope; its credit-note value
 * marks a return. A negative credit note counts as it is; when every credit note of the file is
 * positive (an unsigned export), they subtract; a positive one among negative ones is counted as
 * written, with a warning. That reading is column-level evidence, decided from
 * the whole table before the pass and carried across chunks (see chunks.ts) like the date order.
 */
import { BoundedCache } from "../../cache";
import { cellKey, cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { codedDocument, CREDIT_NOTE_DOCUMENTS, type DocumentCodeSystem } from "../../rules";
import { PhraseIndex, wordsOf } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type RawTable } from "../../types";
import type { AmountReader, LineAmount } from "../amounts";
import { EARLIER_HEADING } from "./repeated-headers";

/** How the credit notes of a document-type column were read (JSON `reading.credit_notes`). */
export interface CreditNoteReading {
  column: string;
  /** True when every credit note is positive: they subtract (an unsigned export). */
  unsigned: boolean;
}

/** What earlier chunks proved: a negative credit note makes the export signed for every chunk. */
export type CreditNotePrior = "signed";

/** What is known before reading (EngineOptions): earlier chunks' sign, the column's proven software codes. */
export interface CreditNotesKnown {
  creditNotesPrior?: CreditNotePrior;
  documentCodes?: DocumentCodeSystem["id"];
}

const DOCUMENTS = new PhraseIndex<true>();
for (const v of CREDIT_NOTE_DOCUMENTS) DOCUMENTS.add(v, true);

/** Whether a line's signed amount is below zero (a negative amount or a debit). */
export function isNegative(amt: LineAmount): boolean {
  return amt.baseExact !== null ? amt.baseExact.lt(0) : amt.baseCents < 0;
}

/** Whether a line's amount is zero. */
function isZero(amt: LineAmount): boolean {
  return amt.baseExact !== null ? amt.baseExact.isZero() : amt.baseCents === 0;
}

/** The credit-note reading of one table, and which of its lines count as returns. */
export class CreditNotes {
  /** Null when there is no document-type column or no credit note in it. */
  readonly reading: CreditNoteReading | null;
  private readonly memo = new BoundedCache<string, boolean>(1_000);
  /** The credit_note_positive warning: positive credit notes in a signed export (counted as written). */
  positive: Diagnostic | null = null;
  /** The lines under a heading naming credit notes (RawTable.creditSection), or null. */
  private readonly section: ReadonlyMap<number, number> | null;
  /** True when every line of those sections is positive: credit notes written unsigned, they subtract. */
  private sectionUnsigned = false;
  /** Whether this table's credit-note sections hold a negative line (undefined: none read): proven for the next chunks. */
  sectionSigned: boolean | undefined;
  /** What was said of those sections: read as credit notes, or positive ones counted as written. */
  readonly sectionNote: Diagnostic | null;
  /** The software whose codes the column holds (document-kinds.ts proved it): its credit codes only. */
  private readonly codes: DocumentCodeSystem["id"] | undefined;

  /** Reads every credit note's amount once (only when a document-type column is mapped or a section names them). */
  constructor(
    table: RawTable,
    private readonly col: number | undefined,
    amounts: AmountReader,
    known: CreditNotesKnown,
  ) {
    this.codes = known.documentCodes;
    const prior = known.creditNotesPrior;
    this.reading = col === undefined ? null : this.decide(table, col, amounts, prior);
    this.section = table.creditSection ?? null;
    this.sectionNote = this.section === null ? null : this.decideSection(table, this.section, amounts, prior);
  }

  /**
   * Whether the line is a credit note that counts as a return: negative, or positive in an unsigned
   * export; under a credit-note heading (line index `i`), negative or in sections all positive.
   */
  returnOf(row: readonly CellValue[], negative: boolean, i = -1): boolean {
    if (i >= 0 && this.section?.has(i) === true) return negative || this.sectionUnsigned;
    if (this.reading === null || this.col === undefined || !this.isCreditNote(row[this.col])) return false;
    return negative || this.reading.unsigned;
  }

  /** The lines of credit-note sections, which the classification must see one by one (their index). */
  sectionLines(): Iterable<number> {
    return this.section?.keys() ?? [];
  }

  /**
   * Credit-note sections all positive (a hand sheet's "AVOIRS" over 300 and 175): unsigned, they
   * subtract (credit_note_section_read); some negative: signed, the positive ones are counted as
   * written (credit_note_section); a debit/credit layout is signed by construction.
   */
  private decideSection(
    table: RawTable,
    section: ReadonlyMap<number, number>,
    amounts: AmountReader,
    prior: CreditNotePrior | undefined,
  ): Diagnostic | null {
    let negative = 0;
    let positive = 0;
    for (const i of section.keys()) {
      const amt = amounts.probe(table.rows[i], rowNumberOf(table, i));
      if (amt === null || isZero(amt)) continue;
      if (amt.signed) return null;
      if (isNegative(amt)) negative++;
      else positive++;
    }
    if (positive === 0) return null;
    const heading = section.values().next().value as number;
    // An earlier chunk's negative credit note makes the whole file's sections signed (chunks.ts).
    this.sectionSigned = negative > 0;
    this.sectionUnsigned = negative === 0 && prior !== "signed";
    const args = { count: positive };
    // -1: the sheet's name or title names credit notes (RawTable.creditTitle).
    if (heading === -1) {
      const at = { row: 0, column: "", value: table.creditTitle ?? "", args };
      return diag(this.sectionUnsigned ? DIAG.creditNoteSheetRead : DIAG.creditNoteSheet, at);
    }
    // An earlier chunk's heading whose lines go on here (EARLIER_HEADING): said at its row.
    const earlier = heading === EARLIER_HEADING ? table.creditHeading : undefined;
    const at = {
      row: earlier?.row ?? rowNumberOf(table, heading),
      column: "",
      value: earlier?.title ?? headingText(table.rows[heading]),
      args,
    };
    return diag(this.sectionUnsigned ? DIAG.creditNoteSectionRead : DIAG.creditNoteSection, at);
  }

  private decide(
    table: RawTable,
    col: number,
    amounts: AmountReader,
    prior: CreditNotePrior | undefined,
  ): CreditNoteReading | null {
    let seen = 0;
    let signed = prior === "signed";
    let positive: { i: number; count: number } | null = null;
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      // A row set apart (a platform's fee on a Refund, a total) is no credit note of the export.
      if (table.notLines?.has(i) === true || !this.isCreditNote(row[col])) continue;
      const amt = amounts.probe(row, rowNumberOf(table, i));
      if (amt === null) continue;
      seen++;
      // A debit/credit or Montant/Sens layout is signed by construction: nothing to decide.
      if (amt.signed) return { column: table.headers[col] ?? "", unsigned: false };
      if (isNegative(amt)) signed = true;
      else if (isZero(amt)) continue;
      else if (positive === null) positive = { i, count: 1 };
      else positive.count++;
    }
    if (!signed && seen === 0) return null;
    // Signed, yet some credit notes positive: counted as sales as written, said (the data cannot tell).
    if (signed && positive !== null)
      this.positive = diag(DIAG.creditNotePositive, {
        row: rowNumberOf(table, positive.i),
        column: table.headers[col] ?? "",
        value: cellText(table.rows[positive.i][col]),
        args: { count: positive.count },
      });
    return { column: table.headers[col] ?? "", unsigned: !signed };
  }

  private isCreditNote(v: CellValue): boolean {
    const key = cellKey(v);
    if (key === "") return false;
    let yes = this.memo.get(key);
    if (yes === undefined) {
      yes =
        this.codes !== undefined
          ? codedDocument(this.codes, cellText(v)) === "credit"
          : DOCUMENTS.findAll(wordsOf(key)).length > 0;
      this.memo.set(key, yes);
    }
    return yes;
  }
}

/** A heading row's text (its one non-blank cell). */
function headingText(row: readonly CellValue[]): string {
  return row.map((v) => cellText(v).trim()).find((t) => t !== "") ?? "";
}
