/** The engine: `compute` and what its result is read with. */
export { compute } from "./compute";
export {
  LINE_NOT_REVENUE,
  LINE_UNUSABLE,
  type EngineOptions,
  type EngineResult,
  type LineTable,
} from "./result";
export type { DateProof } from "./evidence/date-order";
export type { Evidence, Reading } from "./evidence/columns";
export { lineKeys } from "./line-keys";
export { caopOf, sumTotals } from "./totals";
export { lineClassification, lineContribution, lineCounts } from "./lines";
export { signSanity, withSignSanity } from "./sanity";
