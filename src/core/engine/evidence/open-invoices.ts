/** The invoices a streamed ledger left unpaid, carried across its chunks (EngineOptions.paymentsOpenPrior; not-sales.ts). */
import type Decimal from "decimal.js";

/**
 * The invoices earlier chunks left unpaid, which a later chunk's payments may pay: what each customer
 * still owes ("" without a customer column), and without one the unpaid invoices by customer and
 * amount (ids, negative: earlier rows). Empty before the first chunk (computeChunks: NO_INVOICES_YET).
 */
export interface OpenInvoices {
  open: ReadonlyMap<string, Decimal>;
  byAmount: ReadonlyMap<string, readonly number[]>;
}
