import { cellText } from "../cells";
import type { Mapping, RawTable } from "../types";

/**
 * Stable key of each line for manual decisions: its id (when mapped), date, account, label and
 * amount texts, plus an occurrence number for identical lines. Survives inserted rows and re-sorting.
 */
export function lineKeys(table: RawTable, map: Mapping): string[] {
  const cols = (["id", "date", "account", "label", "amount", "debit", "credit", "net_amount"] as const)
    .map((f) => map[f])
    .filter((c): c is number => c !== undefined);
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const base = cols.map((c) => cellText(row?.[c])).join("\u001f");
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return k === 0 ? base : `${base}\u001f#${k}`;
  });
}
