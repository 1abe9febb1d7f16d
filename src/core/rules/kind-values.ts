import { t } from "./i18n";
import type { ValueRule } from "./types";

/**
 * Nature/type column values, FR and EN. A nature value is also matched against the label keywords
 * (KEYWORDS): excluded reasons, then deductions, then sales, these values first within each group.
 */
export const KIND_VALUES: ValueRule[] = [
  {
    id: "val-tax-credit",
    scope: "tax_credit",
    values: ["crédit d'impôt", "CIR", "CII", "CICE", "tax credit"],
    meaning: t("Crédit d'impôt", "Tax credit"),
  },
  {
    id: "val-asset-disposal",
    scope: "asset_disposal",
    values: ["cession", "cession d'actif", "disposal", "asset disposal", "asset sale"],
    meaning: t("Cession d'actif", "Asset disposal"),
  },
  {
    id: "val-subsidy",
    scope: "subsidy",
    values: ["subvention", "indemnité", "subsidy", "grant", "indemnity"],
    meaning: t("Subvention / indemnité", "Subsidy / indemnity"),
  },
  {
    id: "val-financial",
    scope: "financial",
    values: ["produit financier", "intérêt", "intérêts", "dividende", "financial", "interest", "dividend"],
    meaning: t("Produit financier", "Financial income"),
  },
  {
    id: "val-exceptional",
    scope: "exceptional",
    values: ["exceptionnel", "exceptionnelle", "plus-value", "exceptional", "one-off"],
    meaning: t("Exceptionnel", "Exceptional"),
  },
  {
    id: "val-non-core",
    scope: "non_core",
    values: [
      "hors activité",
      "hors cœur de métier",
      "hors OP",
      "non OP",
      "non core",
      "not core",
      "other income",
      // Business Central's 6950 "Other Operating Income", Sage's "Miscellaneous Income": PCG 75.
      "other operating income",
      "miscellaneous income",
      // Xero's default chart: 260 "Other Revenue", income outside the normal business.
      "other revenue",
      // The 2035 form's "Gains divers" (a BNC receipts book's heading): not the fees.
      "gains divers",
      // Its "Honoraires rétrocédés" (fees handed on to a locum, 6226): an expense, neither a sale nor a deduction.
      "honoraires rétrocédés",
    ],
    meaning: t("Hors cœur de métier", "Non-core"),
  },
  {
    // A payment account's own movements (PayPal, a marketplace): money moved to or from the bank, or
    // spent by the account holder, never a sale.
    id: "val-transfer",
    scope: "non_core",
    // PayPal's own words, whole phrases: a payment method ("Virement") in a receipts book is no transfer.
    values: [
      "virement bancaire standard",
      "virement standard vers le compte bancaire",
      "virement de carte bancaire",
      "paiement préapprouvé de l'utilisateur",
      "paiement préapprouvé effectué par l'utilisateur",
      "retenue de paiement",
      "annulation de la retenue",
      "general withdrawal",
      "general card deposit",
      "bank deposit to pp account",
      "preapproved payment bill user payment",
      "transfer to bank",
      // Funds PayPal holds during a dispute, and their release: no sale, no return.
      "hold on balance",
      "cancellation of hold",
      "reversal of general account hold",
      // Stripe's balance history: payouts to the bank, top-ups, Stripe's own fees, reserves.
      "payout",
      "payout_cancel",
      "payout_failure",
      "topup",
      "topup_reversal",
      "stripe_fee",
      "stripe_fx_fee",
      "tax_fee",
      // A Connect platform's transfer to a connected account.
      "transfer",
      "transfer_cancel",
      "transfer_failure",
      "reserve_transaction",
      "reserved_funds",
      "network_cost",
    ],
    meaning: t(
      "Virement, retrait ou paiement du titulaire du compte (plateforme de paiement) : pas une vente",
      "Transfer, withdrawal or the account holder's own payment (payment platform): no sale",
    ),
  },
  {
    // A receipts book's or cash book's nature of money that was not earned (the phrases: kw-funding).
    id: "val-funding",
    scope: "non_core",
    values: [
      "emprunt",
      "emprunts",
      "donation",
      "donations",
      // An association's category of gifts and sponsorship (754 in its chart, like 75: not sales).
      "don",
      "dons",
      "mécénat",
      "loan",
      "owner's equity",
      // Expenses paid back to the business (a receipts book's nature): no sale, no return.
      "remboursement de frais",
      "remboursements de frais",
      "expense reimbursement",
    ],
    meaning: t(
      "Apport, emprunt ou don : pas du chiffre d'affaires",
      "Contribution, loan or gift: not revenue",
    ),
  },
  {
    // A hotel system's category of deposits held (Mews' "Deposits"): paid in advance, not revenue
    // (the deposit phrases of the labels, kw-deposit, apply too). The plural only: a deposit invoice
    // in a type column is a document of its own, counted and said.
    id: "val-deposit",
    scope: "non_core",
    values: ["deposits"],
    meaning: t("Acomptes et cautions détenus : pas du chiffre d'affaires", "Deposits held: not revenue"),
  },
  {
    id: "val-rebate",
    scope: "op",
    kind: "rebate",
    values: ["rabais", "ristourne", "RFA", "remise de fin d'année", "rebate"],
    meaning: t("Rabais / ristourne", "Rebate"),
  },
  {
    id: "val-discount",
    scope: "op",
    kind: "discount",
    values: ["remise", "discount"],
    meaning: t("Remise", "Discount"),
  },
  {
    id: "val-return",
    scope: "op",
    kind: "return",
    values: [
      "retour",
      "annulation",
      "annulé",
      "annulée",
      "avoir",
      "return",
      "credit note",
      "credit memo",
      "refund",
      "remboursement",
      "cancellation",
      "cancelled",
      "canceled",
      // A payment platform's chargeback: the customer's bank takes the sale back.
      "rétrofacturation",
      "chargeback",
      "payment reversal",
    ],
    meaning: t("Retour / annulation / avoir", "Return / cancellation / credit note"),
  },
  {
    id: "val-sale",
    scope: "op",
    kind: "sale",
    values: [
      "vente",
      "sale",
      "facture",
      "invoice",
      "abonnement",
      "subscription",
      "licence",
      "license",
      "prestation",
      "service",
    ],
    meaning: t("Vente", "Sale"),
  },
];

/**
 * Values of a document-type column (`Type pièce`, `Journal`…) that mark a credit note, FR and EN,
 * matched as whole words in the cell. Such a column is not a nature: it never decides the scope;
 * its credit notes are returns (SPEC 2.1). "Facture" / "Invoice" say nothing.
 */
/**
 * Document types that are not natures: in a nature/type column ("Type" = Facture / Avoir) they say
 * nothing of the scope or kind, so the account, the label or the default decides (SPEC 2.1); in a
 * label, "Facture …" still reads as a sale keyword. Credit notes keep their meaning (a return).
 */
export const NOT_NATURE_DOCUMENTS: readonly string[] = [
  "facture",
  "FA",
  "invoice",
  "sales receipt",
  // QuickBooks (French): a cash sale; NetSuite's.
  "reçu de vente",
  "cash sale",
  "receipt",
  "ticket",
  // SAP's billing document (FBL5N's document type RV).
  "RV",
  // The building trade's progress invoices; other software's own names for an invoice.
  "facture de situation",
  "situation",
  "facture client",
  "facture de vente",
  "note d'honoraires",
  "sales invoice",
  "tax invoice",
  // Sage 50 (UK) day books: sales invoice.
  "SI",
  // A debit note billed to the customer (Sage X3's "Note de débit" category, Oracle's debit memo): a
  // supplement to an invoice, a sale.
  "note de débit",
  "debit note",
  "debit memo",
];

/**
 * Documents of a document-type column that are no sale (a quote, a pro-forma, an order, a delivery
 * note): the invoice, when there is one, is the sale; their lines are set apart (SPEC 2.1).
 */
export const NOT_SALE_DOCUMENTS: readonly string[] = [
  "devis",
  "proposition commerciale",
  "quote",
  "quotation",
  "sales quote",
  "sales quotation",
  "sales proforma",
  "sales pro forma",
  "estimate",
  "proforma",
  "pro forma",
  "pro-forma",
  "facture proforma",
  "facture pro forma",
  "facture pro-forma",
  "proforma invoice",
  "pro forma invoice",
  // Not "Order" nor "Commande" alone: Amazon's settlement reports type their sales "Order".
  "bon de commande",
  "commande client",
  "sales order",
  "purchase order",
  "bon de livraison",
  "BL",
  // Sage 100's picking document (DO_Type 2), before the delivery note; Cegid's customer delivery.
  "préparation de livraison",
  "bon de préparation",
  "livraison client",
  "delivery note",
  "packing slip",
  // A goods-return note: the credit note that follows it is the return (Sage 100); likewise its
  // "Bon d'avoir financier", the document before the credit note.
  "bon de retour",
  "bon d'avoir financier",
  // QuickBooks' non-posting charges, invoiced later (the invoice is the sale).
  "delayed charge",
  "delayed credit",
  // Sage 50 (UK) audit trail: journal credits and debits among the day books' documents (an asset
  // sold, a correction), no sales document: set apart, each said.
  "JC",
  "JD",
];

/**
 * QuickBooks Online's transaction list: the purchases' and the bank's documents beside the sales ones
 * (a Deposit moves received payments to the bank: the invoice or sales receipt is the sale). No sale
 * where no account decides; in a ledger, the account does (a Deposit booked to an income account).
 */
export const PURCHASE_DOCUMENTS: readonly string[] = [
  "expense",
  "cash expense",
  "credit card expense",
  "credit card credit",
  "bill",
  "bill payment",
  "bill payment (check)",
  "bill payment (credit card)",
  "check",
  "vendor credit",
  "deposit",
  "sales tax payment",
  "paycheck",
  "payroll check",
];

/**
 * Deposit invoices of a document-type column: issued and counted, but whether the final invoice
 * repeats the whole price (EBP, Sellsy: the deposit is then counted twice) or only the rest
 * (Dolibarr) is not in the data: said, with the way out.
 */
export const DEPOSIT_DOCUMENTS: readonly string[] = [
  "facture d'acompte",
  "acompte",
  "deposit invoice",
  "down payment invoice",
  "advance invoice",
];

export const CREDIT_NOTE_DOCUMENTS: readonly string[] = [
  "avoir",
  // EBP's and Sage's document codes, in a document-type column only (in a "Type" column, AV may be
  // a product family: audio-visual).
  "AV",
  "facture d'avoir",
  "note de crédit",
  "credit note",
  "credit memo",
  "credit memorandum",
  // Sage 100's "Facture de retour"; refunds of a shop or a payment platform.
  "facture de retour",
  "retour",
  "remboursement",
  "refund",
  "refund receipt",
  // NetSuite's refund of a cash sale.
  "cash refund",
  // SAP's customer credit memo.
  "DG",
  "avoir partiel",
  "avoir total",
  "avoir client",
  "sales credit note",
  "sales credit",
  // Sage 50 (UK) day books: sales credit note, written positive.
  "SC",
];

/**
 * An order ("Commande", "Order"): no sale in a document list that holds invoices (Sellsy, Axonaut),
 * a sale where no invoice is listed (Amazon's settlement types its sales "Order").
 */
export const ORDER_DOCUMENTS: readonly string[] = ["commande", "order"];

/**
 * Customer payments in a customer ledger's document-type column (Business Central's Cust. Ledger
 * Entries, SAP's FBL5N "DZ"): money received for invoices listed beside them, no sale. Only beside
 * invoices: a receipts book's every line is a payment received, and its sale.
 */
export const PAYMENT_DOCUMENTS: readonly string[] = [
  "payment",
  "customer payment",
  "incoming payment",
  "paiement",
  "paiement client",
  "règlement",
  "règlement client",
  "encaissement",
  "DZ",
  "receive payment",
  "payment received",
  // NetSuite's money received before the invoice (a prepayment, its invoice the sale).
  "customer deposit",
  // Sage 50 (UK): sales receipt (money received from a customer), payment on account.
  "SR",
  "SA",
];
