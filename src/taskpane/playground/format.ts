/**
 * How the playground's grids show a cell, roughly as Excel would with its number format: dates,
 * percentages, money and integers in French, errors as their code. Display only: every number the
 * product computes is checked elsewhere on exact values.
 */
import { serialToYmd } from "../../core/dates";
import { isCellError } from "../../core/cells";
import type { MemoryCell } from "../../workbook/memory";

const FR2 = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const FR0 = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const FRN = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 10 });

/** The text a grid cell shows. */
export function cellDisplay(cell: MemoryCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string") return v;
  const fmt = cell.numberFormat ?? "";
  if (/yy/i.test(fmt) && !/[#0]/.test(fmt)) {
    const { y, m, d } = serialToYmd(v, false);
    return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
  }
  if (fmt.includes("%")) {
    const p = FRN.format(Math.round(v * 1000) / 10);
    return `${v > 0 && fmt.startsWith("+") ? "+" : ""}${p.replace("-", "\u2212")} %`;
  }
  const money = /€|"EUR"|\[\$/.test(fmt);
  if (money) return `${(fmt.includes(".00") ? FR2 : FR0).format(v)} €`;
  if (fmt === "0") return String(v);
  if (fmt.includes("#,##0")) return (fmt.includes(".00") ? FR2 : FR0).format(v);
  return FRN.format(v);
}
