/** The invoice header carried across the chunks of a streamed file (invoice-headers.ts; EngineOptions.invoiceHeadersStream). */

/** The header whose lines are being added up at a chunk's end (carried to the next chunk). */
export interface OpenHeader {
  /** Row number as the user sees it, the amount column's header and cell, the invoice number. */
  row: number;
  column: string;
  value: string;
  invoice: string;
  /** The header's amount and its lines' sum so far (decimal strings). */
  written: string;
  lines: string;
}

/** The state carried across the chunks of a streamed file: the header going on at the end, if any. */
export interface HeaderStream {
  open?: OpenHeader;
}
