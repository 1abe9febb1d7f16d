/**
 * Software's own document-type codes (SAP's billing types, Xero's invoice types, Sage 50 UK's
 * transaction types, EBP's and Cegid's document codes, Sage X3's invoice types, Oracle Receivables'
 * transaction classes). A code says what a document is only in a
 * column of the same software's codes (evidence/document-kinds.ts proves it; a code no table knows
 * there is said, its rows read as ordinary lines): "RE" alone in a journal or a free-text column
 * keeps its meaning.
 */

/**
 * What a coded document is: an invoice (counted), a credit note (a return), no sale, a purchase, a
 * customer's payment (no sale beside the invoices it pays), or a posting whose account decides (a bank
 * receipt booked to a sales nominal is a cash sale; without an account column, no sale).
 */
export type CodedDocument = "invoice" | "credit" | "no_sale" | "purchase" | "payment" | "posting";

/** One software's codes (matched as the whole cell, case-insensitive) and the note that names them. */
export interface DocumentCodeSystem {
  /** The system's id, also the end of its note's code (document_codes_sap). */
  id: "sap" | "xero" | "sage50uk" | "ebp" | "cegid" | "sagex3" | "oracle";
  codes: Readonly<Record<string, CodedDocument>>;
}

/**
 * SAP SD's standard billing types (VF05, VBRK-FKART), as SAP Help's "Billing Document Type" lists
 * them: F1/F2 invoices, FP a point-of-sale interface billing, BV a cash sale, L2 a debit memo; G2
 * (CR before it) a credit memo, RE a credit memo for returns, S1 the cancellation of an invoice (the
 * F2 stays in the list: S1 takes it back). S2 cancels a credit memo (G2, RE): the revenue comes back,
 * read as an invoice. F5/F8 pro formas never post to accounting; LR/LG invoice and credit-memo lists
 * restate documents already listed (LRS/LGS cancel them); FAZ/FAS a down-payment request and its
 * cancellation are no revenue. IV is intercompany billing (the delivering company's invoice to a group
 * company: a sale of the entity whose CA OP this is, counted; a consolidation eliminates it, the note
 * says so), IG its credit memo, IVS / IGS their cancellations. A customer's own types (ZF2…) are
 * unknown: said with their rows, read as ordinary lines (evidence/document-kinds.ts).
 */
const SAP_BILLING_TYPES: Record<string, CodedDocument> = {
  F1: "invoice",
  F2: "invoice",
  FP: "invoice",
  BV: "invoice",
  L2: "invoice",
  S2: "invoice",
  IV: "invoice",
  IGS: "invoice",
  G2: "credit",
  CR: "credit",
  RE: "credit",
  S1: "credit",
  IG: "credit",
  IVS: "credit",
  F5: "no_sale",
  F8: "no_sale",
  LR: "no_sale",
  LG: "no_sale",
  LRS: "no_sale",
  LGS: "no_sale",
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

/**
 * Sage 50 UK (Sage 50 Accounts) transaction types, a closed set (its audit trail's Type column): SI a
 * sales invoice, SC a sales credit note (written positive); SR / SA a sales receipt, on account; JC /
 * JD a journal's credit and debit (a disposal, an accrual, a correction of sales); SD a sales
 * discount, SP a sales refund, BR / BP bank, CR / CP cash and VR / VP credit-card receipts and
 * payments, PI / PC / PP / PA / PD / PR the purchase ledger's: postings whose nominal code decides
 * (a bank receipt to 4000 is a cash sale, an SD to 4009 a discount allowed); without one, no sale.
 */
const SAGE50_UK_TYPES: Record<string, CodedDocument> = {
  SI: "invoice",
  SC: "credit",
  SR: "payment",
  SA: "payment",
  JC: "posting",
  JD: "posting",
  SD: "posting",
  SP: "posting",
  BR: "posting",
  BP: "posting",
  CR: "posting",
  CP: "posting",
  VR: "posting",
  VP: "posting",
  PI: "posting",
  PC: "posting",
  PP: "posting",
  PA: "posting",
  PD: "posting",
  PR: "posting",
};

/**
 * EBP Gestion Commerciale's sales document codes: FA an invoice, AV a credit note; DE a quote, CC a
 * customer order, BL a delivery note, BR a return note (the credit note that follows is the
 * return): no sales.
 */
const EBP_TYPES: Record<string, CodedDocument> = {
  FA: "invoice",
  AV: "credit",
  DE: "no_sale",
  CC: "no_sale",
  BL: "no_sale",
  BR: "no_sale",
};

/**
 * Cegid Y2 / Orli document natures (GP_NATUREPIECEG): FFO a till ticket (front office), FAC a customer
 * invoice, AVC a customer credit note; DE a quote, CC a customer order, BLC a customer delivery note:
 * no sales; CF / BLF / FF / AF the supplier's order, receipt, invoice and credit note: purchases.
 */
const CEGID_NATURES: Record<string, CodedDocument> = {
  FFO: "invoice",
  FAC: "invoice",
  AVC: "credit",
  DE: "no_sale",
  CC: "no_sale",
  BLC: "no_sale",
  CF: "purchase",
  BLF: "purchase",
  FF: "purchase",
  AF: "purchase",
};

/**
 * Sage X3's sales invoice types (SIH / SID, "Type facture"): FAC an invoice, AVO a credit note
 * (written positive), NDB a debit note (a supplement billed to the customer: a sale).
 */
const SAGE_X3_TYPES: Record<string, CodedDocument> = {
  FAC: "invoice",
  NDB: "invoice",
  AVO: "credit",
};

/**
 * Oracle Receivables' transaction classes (the "Class" column of its transaction registers), a closed
 * set: INV an invoice, DM a debit memo (billed to the customer: a sale), CM a credit memo; DEP a
 * deposit and GUAR a guarantee are commitments (invoices drawn against them are the sales), CB a
 * chargeback is the short-paid balance of a receipt moved to a new debit item (no sale), BR a bill
 * receivable replaces invoices already listed; PMT a receipt.
 */
const ORACLE_AR_CLASSES: Record<string, CodedDocument> = {
  INV: "invoice",
  DM: "invoice",
  CM: "credit",
  DEP: "no_sale",
  GUAR: "no_sale",
  CB: "no_sale",
  BR: "no_sale",
  PMT: "payment",
};

/** The software whose document codes a column may hold. */
export const DOCUMENT_CODE_SYSTEMS: readonly DocumentCodeSystem[] = [
  { id: "sap", codes: SAP_BILLING_TYPES },
  { id: "xero", codes: XERO_TYPES },
  { id: "sage50uk", codes: SAGE50_UK_TYPES },
  { id: "ebp", codes: EBP_TYPES },
  { id: "cegid", codes: CEGID_NATURES },
  { id: "sagex3", codes: SAGE_X3_TYPES },
  { id: "oracle", codes: ORACLE_AR_CLASSES },
];

/** What `text` (a whole cell) is among the `id` software's codes; undefined when it is none of them. */
export function codedDocument(id: DocumentCodeSystem["id"], text: string): CodedDocument | undefined {
  const codes = DOCUMENT_CODE_SYSTEMS.find((s) => s.id === id)?.codes;
  const key = text.trim().toUpperCase();
  return codes !== undefined && Object.prototype.hasOwnProperty.call(codes, key) ? codes[key] : undefined;
}
