/**
 * The classification rule set (SPEC 2.1) as data: the French chart of accounts (pre-2025 PCG and the
 * 2025 reform, ANC regulation 2022-06), label keywords, nature-column values and OP-flag spellings.
 * Users edit it in the task pane; it is stored in the workbook as JSON and checked by validateRules.
 */
export * from "./types";
export { DEFAULT_RULES } from "./defaults";
export {
  MYOB_ACCOUNTS,
  MYOB_REVENUE_CLASS,
  SAGE50_UK_NOMINALS,
  SAGE50_UK_REVENUE_CLASS,
  XERO_ACCOUNTS,
  XERO_REVENUE_CLASS,
} from "./nominal-codes";
export { SERVICE_NOUN_BODIES, SERVICE_NOUNS } from "./keywords";
export { validateRules, type RuleProblem } from "./validate";
export {
  CREDIT_NOTE_DOCUMENTS,
  DEPOSIT_DOCUMENTS,
  NOT_NATURE_DOCUMENTS,
  NOT_SALE_DOCUMENTS,
  ORDER_DOCUMENTS,
  PAYMENT_DOCUMENTS,
  PURCHASE_DOCUMENTS,
} from "./kind-values";
export { PLATFORM_LOGS, type PlatformLog, type PlatformRow } from "./platform-types";
export {
  codedDocument,
  DOCUMENT_CODE_SYSTEMS,
  type CodedDocument,
  type DocumentCodeSystem,
} from "./document-codes";
