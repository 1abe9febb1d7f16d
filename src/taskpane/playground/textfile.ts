/**
 * Opening the files accountants receive, a FEC (.txt) or a .csv, in the browser playground: the same
 * byte readers as the CLI (readFec, readCsv; a .txt is a FEC when its header says so, else a CSV), the
 * table put on a sheet of the in-memory workbook, header on row 1.
 */
import type { RawTable } from "../../core/types";
import { MemoryWorkbook } from "../../workbook/memory";
import { cleanSheetName } from "../../sheet/names";

/** True for the text files the playground opens with these readers. */
export function isTextTable(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

/** Reads a .csv/.tsv/.txt (FEC or CSV) into a MemoryWorkbook of one sheet named after the file. */
export async function workbookFromText(name: string, data: Uint8Array): Promise<MemoryWorkbook> {
  const [{ readCsv }, { readFec }] = await Promise.all([
    import("../../workbook/readers/csv"),
    import("../../workbook/readers/fec"),
  ]);
  const opts = { source: name };
  let table: RawTable;
  if (/\.txt$/i.test(name)) {
    try {
      table = readFec(data, opts);
    } catch {
      table = readCsv(data, opts);
    }
  } else table = readCsv(data, opts);
  const sheet = cleanSheetName(name.replace(/\.[^.]+$/, ""));
  return MemoryWorkbook.fromRows(sheet, table.headers, table.rows);
}
