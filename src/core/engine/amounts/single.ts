import type { Mapping } from "../../types";
import type { AmountCells } from "./cells";
import type { BaseReader } from "./types";

/**
 * One amount column (gross, or net when there is no gross). A gross column that cannot be read
 * beside a readable net one: the net is the known amount of the ignored line.
 */
export function singleAmount(cells: AmountCells, map: Mapping): BaseReader {
  const col = (map.amount ?? map.net_amount) as number;
  const netCol = map.amount !== undefined && map.net_amount !== undefined ? map.net_amount : undefined;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = false;
    if (!cells.one(row, col, rowNumber, diagnostics, false)) {
      const net = netCol !== undefined ? cells.readExact(row[netCol], netCol) : null;
      return net === null ? false : cells.lost(diagnostics, net);
    }
    cells.setBase(cells.out.cents, cells.out.exact); // no copy: this runs once per line
    return true;
  };
}
