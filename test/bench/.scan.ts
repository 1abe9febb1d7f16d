import { scanTexts } from "../../src/core/engine/evidence/text-cells";
import { makeTable } from "./data";
const table = makeTable(1_048_576);
function best(name: string, f: () => unknown): void {
  let b = Infinity;
  for (let i = 0; i < 12; i++) { const t = process.hrtime.bigint(); f(); b = Math.min(b, Number(process.hrtime.bigint() - t) / 1e6); }
  console.log(name, b.toFixed(1));
}
best("scan date+amount+group", () => scanTexts(table, 0, [7], [4]));
best("scan date+amount", () => scanTexts(table, 0, [7], []));
best("scan date", () => scanTexts(table, 0, [], []));
best("scan nothing", () => scanTexts(table, undefined, [], []));
best("bare loop row[0]", () => { let s = 0; const rows = table.rows; for (let i = 0; i < rows.length; i++) { const v = rows[i][0]; if (typeof v === "string") s++; } return s; });
