/**
 * Platform transaction logs' own line types (a marketplace's or a payment platform's log of one
 * signed amount a row: Amazon's settlement V2 flat file, Mirakl's transaction logs, Vinted Pro's
 * wallet history, Stripe's itemized reports). Each row's type says what it is: the seller's sale
 * (counted), a refund it grants (a return) or a promotion it funds (a discount), or no sale at all:
 * the platform's fees and commissions (expenses, never deducted), payouts and transfers to the bank,
 * reserves, penalties, subscription fees and taxes collected for others. A type is read so only in a
 * column whose values are mostly one platform's types (evidence/platform-types.ts proves it).
 */

/** What a platform log's row is: a sale, a return, a discount, or no sale (set apart). */
export type PlatformRow = "sale" | "return" | "discount" | "no_sale";

/** One platform's log: its types (FR and EN, matched normalized) and how its type column is found. */
export interface PlatformLog {
  /** The platform's id, shown in the note. */
  id: "amazon_settlement" | "mirakl" | "vinted" | "stripe" | "airbnb";
  /** The platform's name as the note shows it. */
  name: string;
  /**
   * Headers of the columns that hold the type, joined "type/description" (Amazon's amount-type and
   * amount-description); empty: the nature (or document-type) column.
   */
  columns: readonly string[];
  /** Headers that alone name the platform's log (Stripe's "reporting_category"), anywhere in the table. */
  headers?: readonly string[];
  /**
   * Headers of the amount a return is written in when the amount read is blank on its row (Airbnb's
   * resolution refunded to the guest: in `Montant`, its `Revenus bruts` empty).
   */
  returnAmount?: readonly string[];
  /** The header of the log's summary row (Amazon's settlement total, `total-amount`), its types blank: no line. */
  summary?: string;
  /** Types by value ("ItemFees/*": any description of that type). */
  types: Readonly<Record<string, PlatformRow>>;
  /** Values only this platform writes: one of them (or `header`) must be there. */
  specific: readonly string[];
}

/**
 * Amazon's settlement report V2 (flat file): `amount-type` / `amount-description`. ItemPrice's
 * Principal, Shipping and GiftWrap are billed to the buyer (sales; a Refund row's, a return);
 * its Tax lines are taxes collected (and, under the marketplace facilitator, withheld again:
 * ItemWithheldTax); Promotion is the discount the seller funds; fees, storage, subscription,
 * reserves, reimbursements and advertising are no sale.
 */
const AMAZON_SETTLEMENT: Record<string, PlatformRow> = {
  "ItemPrice/Principal": "sale",
  "ItemPrice/Shipping": "sale",
  "ItemPrice/GiftWrap": "sale",
  "ItemPrice/Tax": "no_sale",
  "ItemPrice/ShippingTax": "no_sale",
  "ItemPrice/GiftWrapTax": "no_sale",
  "ItemWithheldTax/*": "no_sale",
  "Promotion/*": "discount",
  "ItemFees/*": "no_sale",
  "ShipmentFees/*": "no_sale",
  "FBA Inventory Reimbursement/*": "no_sale",
  "Cost of Advertising/*": "no_sale",
  "other-transaction/*": "no_sale",
};

/**
 * Mirakl's transaction logs (Fnac Darty, Boulanger, Leroy Merlin, Conforama…), FR and EN: the order
 * amount and its shipping are sales, their refunds returns; commissions and their refunds,
 * subscription fees, payments (payouts), manual debits and credits (penalties) are no sale.
 */
const MIRAKL: Record<string, PlatformRow> = {
  "Montant de la commande": "sale",
  "Order amount": "sale",
  "Frais de port de la commande": "sale",
  "Order shipping amount": "sale",
  "Remboursement du montant de la commande": "return",
  "Refund of order amount": "return",
  "Remboursement des frais de port de la commande": "return",
  "Refund of order shipping amount": "return",
  "Refund of shipping amount": "return",
  "Commission sur le montant de la commande": "no_sale",
  "Commission sur les frais de port": "no_sale",
  "Commission on order amount": "no_sale",
  "Commission on shipping amount": "no_sale",
  "Commission on order shipping amount": "no_sale",
  "Remboursement de la commission sur le montant de la commande": "no_sale",
  "Remboursement de la commission sur les frais de port": "no_sale",
  "Refund of commission": "no_sale",
  "Refund of commission on order amount": "no_sale",
  "Refund of commission on shipping amount": "no_sale",
  "Frais d'abonnement": "no_sale",
  "Subscription fee": "no_sale",
  Paiement: "no_sale",
  Payment: "no_sale",
  "Débit manuel": "no_sale",
  "Crédit manuel": "no_sale",
  "Manual debit": "no_sale",
  "Manual credit": "no_sale",
};

/**
 * Vinted Pro's wallet history: a Vente is a sale, a Remboursement a return; Boost, Dressing en
 * vitrine (the seller's promotion of its items) and Commission are fees, a Retrait a payout.
 */
const VINTED: Record<string, PlatformRow> = {
  Vente: "sale",
  Remboursement: "return",
  Boost: "no_sale",
  "Dressing en vitrine": "no_sale",
  Commission: "no_sale",
  Retrait: "no_sale",
  "Retrait vers le compte bancaire": "no_sale",
};

/**
 * Stripe's reporting categories (itemized balance and payout reconciliation reports): a charge is
 * the sale, a refund or a dispute takes it back (their failures and reversals restore it); Stripe's
 * fees (fee, network_cost), payouts, transfers, top-ups, reserves and taxes on its fees are no sale.
 */
const STRIPE: Record<string, PlatformRow> = {
  charge: "sale",
  payment: "sale",
  refund: "return",
  refund_failure: "return",
  payment_refund: "return",
  dispute: "return",
  dispute_reversal: "return",
  partial_capture_reversal: "return",
  fee: "no_sale",
  network_cost: "no_sale",
  stripe_fee: "no_sale",
  tax: "no_sale",
  payout: "no_sale",
  payout_reversal: "no_sale",
  transfer: "no_sale",
  transfer_reversal: "no_sale",
  topup: "no_sale",
  topup_reversal: "no_sale",
  connect_reserved_funds: "no_sale",
  risk_reserved_funds: "no_sale",
  connect_collection_transfer: "no_sale",
  anticipation_repayment: "no_sale",
  financing_paydown: "no_sale",
  financing_payout: "no_sale",
  climate_order_purchase: "no_sale",
  climate_order_refund: "no_sale",
  contribution: "no_sale",
};

/**
 * Airbnb's transaction history, EN and FR: a Reservation is the sale (its gross earnings), a
 * Resolution Adjustment refunded to the guest a return (written in Amount only); payouts, the
 * co-host's share (an expense), a resolution payout for damage (an indemnity) and the occupancy tax
 * passed through (collected for the city) are no sale. "Adjustment" alone says neither: unknown.
 */
const AIRBNB: Record<string, PlatformRow> = {
  Reservation: "sale",
  Réservation: "sale",
  "Resolution Adjustment": "return",
  "Ajustement de résolution": "return",
  Payout: "no_sale",
  Versement: "no_sale",
  "Co-Host Payout": "no_sale",
  "Versement au co-hôte": "no_sale",
  "Resolution Payout": "no_sale",
  "Versement de résolution": "no_sale",
  "Pass Through Tot": "no_sale",
  "Taxe de séjour transférée": "no_sale",
};

/** The platforms whose logs' types are read, each proven from its column's values. */
export const PLATFORM_LOGS: readonly PlatformLog[] = [
  {
    id: "amazon_settlement",
    name: "Amazon (settlement V2)",
    columns: ["amount-type", "amount-description"],
    summary: "total-amount",
    types: AMAZON_SETTLEMENT,
    specific: Object.keys(AMAZON_SETTLEMENT),
  },
  {
    id: "mirakl",
    name: "Mirakl",
    columns: [],
    types: MIRAKL,
    specific: [
      "Montant de la commande",
      "Order amount",
      "Order shipping amount",
      "Frais de port de la commande",
    ],
  },
  {
    id: "vinted",
    name: "Vinted",
    columns: [],
    types: VINTED,
    specific: ["Boost", "Dressing en vitrine", "Retrait vers le compte bancaire"],
  },
  {
    id: "stripe",
    name: "Stripe",
    columns: [],
    headers: ["reporting_category"],
    types: STRIPE,
    specific: [
      "network_cost",
      "dispute_reversal",
      "refund_failure",
      "payout_reversal",
      "connect_reserved_funds",
    ],
  },
  {
    id: "airbnb",
    name: "Airbnb",
    columns: [],
    headers: ["Gross earnings", "Revenus bruts"],
    returnAmount: ["Amount", "Montant"],
    types: AIRBNB,
    specific: [
      "Resolution Adjustment",
      "Ajustement de résolution",
      "Co-Host Payout",
      "Versement au co-hôte",
      "Resolution Payout",
      "Pass Through Tot",
      "Taxe de séjour transférée",
    ],
  },
];
