/**
 * Excel custom functions of CA OP (SPEC 4). Thin wrappers: each documents its metadata in JSDoc
 * (read by custom-functions-metadata: English names and help; French ones in metadata-fr.ts) and
 * hands its arguments to the implementations, which compose the core engine. No React here.
 * Registration (`CustomFunctions.associate`) is added at build time by the metadata plugin.
 */
/// <reference types="custom-functions-runtime" />
import { guarded, startFunctionsHost } from "./host";
import { isOpLine, lineFacts, lineReason } from "./line";
import { netCaop } from "./net";
import { alertRows, byValues, caopValue, topText, variationValue } from "./table-functions";

/** Address of the table argument when Excel gives parameter addresses (sheet row numbers in messages). */
function tableAddress(invocation: CustomFunctions.Invocation | undefined): string | undefined {
  return invocation?.parameterAddresses?.[0];
}

/**
 * CA OP of a sales range with its header row, optionally for one period and one value of a field. Excel on the web: range of 5 MB at most (no whole column); beyond, the CA OP dashboard.
 * @customfunction CAOP
 * @param table Sales range including its header row.
 * @param [period] Month "2025-01", quarter "2025-Q1", year "2025", a date, or "janv. 2025".
 * @param [field] Field to filter on: a header of the range or a field id (segment, salesperson, client, product).
 * @param [value] Value of that field to keep, e.g. "Furniture".
 * @param invocation Invocation (parameter addresses, for row numbers in messages).
 * @returns CA OP: sales minus discounts, rebates and returns, exact to the cent.
 * @requiresParameterAddresses
 */
export function caop(
  table: unknown[][],
  period?: unknown,
  field?: unknown,
  value?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<number[][]> {
  return guarded((ctx) => [
    [caopValue(table, period, field, value, { ctx, address: tableAddress(invocation) })],
  ]);
}

/**
 * The article's formula on numbers or ranges: sales minus discounts, rebates and returns, exact.
 * @customfunction CAOP.NET
 * @param sales Operational sales: numbers, amounts as text or a range.
 * @param [discounts] Discounts granted (counted by their magnitude).
 * @param [rebates] Rebates granted (counted by their magnitude).
 * @param [returns] Returns and cancellations (counted by their magnitude).
 * @returns CA OP = sales − discounts − rebates − returns.
 */
export function caopNet(
  sales: unknown[][],
  discounts?: unknown[][],
  rebates?: unknown[][],
  returns?: unknown[][],
): Promise<number> {
  return guarded((ctx) => netCaop(sales, discounts, rebates, returns, ctx).toNumber());
}

/**
 * TRUE when one line counts in CA OP, by the same rules as the engine (workbook rule set).
 * @customfunction CAOP.ISOP
 * @param account Account number, e.g. 706000 (may be empty).
 * @param [label] Line label, e.g. "Sale of land".
 * @param [kind] Line type from a nature column, e.g. "Discount" or "Subsidy".
 * @returns TRUE if the line counts in CA OP, FALSE if it is excluded or not revenue.
 */
export function caopIsOp(account: unknown, label?: unknown, kind?: unknown): Promise<boolean> {
  return guarded((ctx) => isOpLine(lineFacts(account, label, kind), ctx));
}

/**
 * The reason in words for one line's status, e.g. "account 775 → asset disposal".
 * @customfunction CAOP.REASON
 * @param account Account number, e.g. 775000 (may be empty).
 * @param [label] Line label.
 * @param [kind] Line type from a nature column.
 * @returns The rule that decided, in the user's language.
 */
export function caopReason(account: unknown, label?: unknown, kind?: unknown): Promise<string> {
  return guarded((ctx) => lineReason(lineFacts(account, label, kind), ctx));
}

/**
 * Variation of CA OP against the month before (MOM) or the same month a year before (YOY); "n/d" without reference.
 * @customfunction CAOP.VAR
 * @param table Sales range including its header row.
 * @param [period] Month "2025-01" (or quarter, year); empty: the last month with data.
 * @param [kind] "MOM" (vs previous period) or "YOY" (vs 12 months earlier); default MOM.
 * @param invocation Invocation (parameter addresses, for row numbers in messages).
 * @returns (CA OP − reference) / |reference|, formatted as a percentage.
 * @requiresParameterAddresses
 */
export function caopVar(
  table: unknown[][],
  period?: unknown,
  kind?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  return guarded((ctx) => [
    [variationValue(table, period, kind, { ctx, address: tableAddress(invocation) })],
  ]);
}

/**
 * CA OP per value of a field, as a spilled two-column array sorted by CA OP, descending.
 * @customfunction CAOP.BY
 * @param table Sales range including its header row.
 * @param field Field: a header of the range or a field id (segment, salesperson, client, product).
 * @param [period] Month, quarter or year; empty: all months.
 * @param invocation Invocation (parameter addresses, for row numbers in messages).
 * @returns Rows of value and CA OP.
 * @requiresParameterAddresses
 */
export function caopBy(
  table: unknown[][],
  field: unknown,
  period?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  return guarded((ctx) => byValues(table, field, period, { ctx, address: tableAddress(invocation) }));
}

/**
 * The best values of a field by CA OP, as text: "A, B, D".
 * @customfunction CAOP.TOP
 * @param table Sales range including its header row.
 * @param field Field: a header of the range or a field id (segment, salesperson, client, product).
 * @param [n] How many values (default 3).
 * @param [period] Month, quarter or year; empty: all months.
 * @param invocation Invocation (parameter addresses, for row numbers in messages).
 * @returns The n best values, separated by commas.
 * @requiresParameterAddresses
 */
export function caopTop(
  table: unknown[][],
  field: unknown,
  n?: unknown,
  period?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<string[][]> {
  return guarded((ctx) => [[topText(table, field, n, period, { ctx, address: tableAddress(invocation) })]]);
}

/**
 * Values of a field whose CA OP fell by more than a threshold for several months in a row, as a spilled list.
 * @customfunction CAOP.ALERTS
 * @param table Sales range including its header row.
 * @param field Field: a header of the range or a field id, usually segment.
 * @param [threshold] Fall that raises an alert, e.g. 15% (default: the workbook's setting, 15%).
 * @param [months] Consecutive months needed (default: the workbook's setting, 2).
 * @param invocation Invocation (parameter addresses, for row numbers in messages).
 * @returns Rows of value, month and the falls, or "No alerts".
 * @requiresParameterAddresses
 */
export function caopAlerts(
  table: unknown[][],
  field: unknown,
  threshold?: unknown,
  months?: unknown,
  invocation?: CustomFunctions.Invocation,
): Promise<string[][]> {
  return guarded((ctx) =>
    alertRows(table, field, threshold, months, { ctx, address: tableAddress(invocation) }),
  );
}

void startFunctionsHost();
