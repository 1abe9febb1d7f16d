import { groupBy } from "../../src/core/aggregate";
import { compute } from "../../src/core/engine";
import { makeTable } from "./data";
const table = makeTable(1_048_576);
const by = { groupColumns: [4] };
for (let i = 0; i < 3; i++) groupBy(compute(table, by), 4);
const t: number[] = [];
for (let i = 0; i < 15; i++) {
  const c0 = process.cpuUsage();
  groupBy(compute(table, by), 4);
  const u = process.cpuUsage(c0);
  t.push((u.user + u.system) / 1000);
}
t.sort((a, b) => a - b);
console.log("c+group cpu best", t[0].toFixed(0), "median", t[7].toFixed(0));
