/** The classifier (SPEC 2.1 steps 2–6) and the OP flag readers the engine uses. */
export { createClassifier, type Classifier } from "./classifier";
export { opFlagConvention, readOpFlag, type OpFlagConvention, type OpFlagReading } from "./op-flag";
export {
  accountNameReading,
  nameAfterNumber,
  NUMBERED_ACCOUNT,
  thirdPartyCode,
  type AccountCells,
  type AccountNameReading,
} from "./cells";
export { kindFromCreditNote } from "./reasons";
