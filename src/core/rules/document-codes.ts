/**
 * Software's own document-type codes (SAP's billing types, Xero's invoice types). A code says what a
 * document is only in a column whose every value is a code of the same software (evidence/
 * document-kinds.ts proves it): "RE" alone in a journal or a free-text column keeps its meaning.
 */

/** What a coded document is: an invoice (counted), a credit note (a return), no sale, or a purchase. */
export type CodedDocument = "invoice" | "credit" | "no_sale" | "purchase";

/** One software's codes (matched as the whole cell, case-insensitive) and the note that names them. */
export interface DocumentCodeSystem {
  /** The system's id, also the end of its note's code (document_codes_sap). */
  id: "sap" | "xero";
  codes: Readonly<Record<string, CodedDocument>>;
}

/**
 * SAP SD's standard billing types (VF05, VBRK-FKART), as SAP Help's "Billing Document Type" lists
 * them: F1/F2 invoices, FP a point-of-sale interface billing, BV a cash sale, L2 a debit memo; G2
 * (CR before it) a credit memo, RE a credit memo for returns, S1 the cancellation of an invoice (the
 * F2 stays in the list: S1 takes it back). S2 cancels a credit memo (G2, RE): the revenue comes back,
 * read as an invoice. F5/F8 pro formas never post to accounting; LR/LG invoice and credit-memo lists
 * restate documents already listed; FAZ/FAS a down-payment request and its cancellation are no revenue.
 * A customer's own types (ZF2…) are unknown: the column is then not proven and not read as codes.
 */
const SAP_BILLING_TYPES: Record<string, CodedDocument> = {
  F1: "invoice",
  F2: "invoice",
  FP: "invoice",
  BV: "invoice",
  L2: "invoice",
  S2: "invoice",
  G2: "credit",
  CR: "credit",
  RE: "credit",
  S1: "credit",
  F5: "no_sale",
  F8: "no_sale",
  LR: "no_sale",
  LG: "no_sale",
  FAZ: "no_sale",
  FAS: "no_sale",
};

/**
 * Xero's invoice types (the export's Type column): ACCREC a sales invoice, ACCRECCREDIT a sales
 * credit note (written positive), ACCPAY a bill and ACCPAYCREDIT a supplier credit: purchases.
 */
const XERO_TYPES: Record<string, CodedDocument> = {
  ACCREC: "invoice",
  ACCRECCREDIT: "credit",
  ACCPAY: "purchase",
  ACCPAYCREDIT: "purchase",
};

/** The software whose document codes a column may hold. */
export const DOCUMENT_CODE_SYSTEMS: readonly DocumentCodeSystem[] = [
  { id: "sap", codes: SAP_BILLING_TYPES },
  { id: "xero", codes: XERO_TYPES },
];

/** What `text` (a whole cell) is among the `id` software's codes; undefined when it is none of them. */
export function codedDocument(id: DocumentCodeSystem["id"], text: string): CodedDocument | undefined {
  const codes = DOCUMENT_CODE_SYSTEMS.find((s) => s.id === id)?.codes;
  const key = text.trim().toUpperCase();
  return codes !== undefined && Object.prototype.hasOwnProperty.call(codes, key) ? codes[key] : undefined;
}
