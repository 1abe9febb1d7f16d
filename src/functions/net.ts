/**
 * CAOP.NET: the article's formula (ventes − remises − rabais − retours) on numbers or ranges,
 * exact to the cent. Amounts are read by the core's readAmount (numbers and texts such as
 * "1 234,56 €"); deductions count by their magnitude, as deduction lines do in the engine.
 */
import Decimal from "decimal.js";
import { cellText, isBlank, isCellError } from "../core/cells";
import { caopOf } from "../core/engine";
import { centsToDecimal, newAmountOut, readAmount, type DecimalSep } from "../core/money";
import type { CellValue } from "../core/types";
import type { FunctionContext } from "./context";
import { invalid } from "./errors";
import { argError, cellsOf } from "./input";
import { ARG_NAMES, type ArgName } from "./messages";

/** Exact sum of a list of amount cells; `magnitudes` sums absolute values (deductions). */
export function sumAmounts(
  cells: readonly CellValue[],
  arg: ArgName,
  sep: DecimalSep,
  magnitudes: boolean,
): Decimal {
  const out = newAmountOut();
  let cents = 0;
  let bound = 0;
  let exact: Decimal | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    if (isCellError(cell)) throw argError(cell, arg);
    if (!readAmount(cell, sep, out)) {
      if (out.error === "empty") continue;
      throw invalid("net_unreadable", { value: cellText(cell), arg: ARG_NAMES[arg], index: i + 1 });
    }
    if (out.exact !== null) {
      const v = magnitudes ? out.exact.abs() : out.exact;
      exact = exact === null ? v : exact.plus(v);
      continue;
    }
    const c = magnitudes ? Math.abs(out.cents) : out.cents;
    cents += c;
    bound += Math.abs(c);
  }
  // Integer cents are exact while the sum of magnitudes stays a safe integer; else redo with decimals.
  if (bound >= Number.MAX_SAFE_INTEGER) return sumExact(cells, sep, magnitudes);
  const total = centsToDecimal(cents);
  return exact === null ? total : total.plus(exact);
}

function sumExact(cells: readonly CellValue[], sep: DecimalSep, magnitudes: boolean): Decimal {
  const out = newAmountOut();
  let t = new Decimal(0);
  for (const cell of cells) {
    if (isBlank(cell) || !readAmount(cell, sep, out)) continue;
    const v = out.exact ?? centsToDecimal(out.cents);
    t = t.plus(magnitudes ? v.abs() : v);
  }
  return t;
}

/** CA OP = sales − |discounts| − |rebates| − |returns| (the engine's caopOf on the four sums). */
export function netCaop(
  sales: unknown,
  discounts: unknown,
  rebates: unknown,
  returns: unknown,
  ctx: FunctionContext,
): Decimal {
  const sep: DecimalSep = ctx.settings.locale === "en" ? "." : ",";
  const gross = sumAmounts(cellsOf(sales), "sales", sep, false);
  return caopOf({
    gross_sales: gross,
    deductions: {
      discount: sumAmounts(cellsOf(discounts), "discounts", sep, true),
      rebate: sumAmounts(cellsOf(rebates), "rebates", sep, true),
      return: sumAmounts(cellsOf(returns), "returns", sep, true),
    },
  });
}
