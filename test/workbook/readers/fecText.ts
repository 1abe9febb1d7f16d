/** FEC text built in tests: the header row and one sale line, in any separator. */
import { FEC_COLUMNS } from "../../../src/core/fields";

/** One FEC line of 18 fields: a 706 sale with the given label, debit, credit and Idevise. */
export function fecLine(sep: string, label: string, debit = "0,00", credit = "100,00", idevise = ""): string {
  return [
    "VE",
    "Ventes",
    "1",
    "20250110",
    "706000",
    "Ventes",
    "",
    "",
    "F-1",
    "20250110",
    label,
    debit,
    credit,
  ]
    .concat(["", "", "20250111", "", idevise])
    .join(sep);
}

/** The 18 FEC column names joined by the separator. */
export const fecHeader = (sep: string): string => FEC_COLUMNS.join(sep);
