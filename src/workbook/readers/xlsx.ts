/**
 * XLSX reader (ExcelJS): one worksheet into a RawTable with the sheet's own row numbers.
 * Date cells become Excel serial numbers in the workbook's date system (RawTable.date1904 says
 * which), exactly what Office.js gives the add-in, so the engine sees the same values in both.
 */
import type ExcelJS from "exceljs";
import { diag } from "../../core/diagnostics";
import type { CellValue, Diagnostic, Mapping, RawTable } from "../../core/types";
import type { ReadOptions } from "./csv";
import { aboveHeader, READ_DIAG, twoRowHeaderNote } from "./read-diagnostics";
import { withSheetDays } from "./sheet-days";
import { detectMapping } from "../../core/fields";
import { creditTitleOf } from "../grid";
import { creditTitle } from "../../core/engine/evidence/repeated-headers";
import { headerRowOf, HEADER_SEARCH_ROWS, titleRows, twoRowHeader } from "../../core/header";
import { ReadError } from "./read-error";
import { SheetTotals, summarisesOtherSheet } from "./formula-totals";
import { currencyOfFormat } from "./format-currency";
import { FormatScales } from "./format-scale";
import {
  creditSiblings,
  creditsRelated,
  headerKey,
  periodSiblings,
  sheetsOverlap,
  toDateChain,
} from "./period-sheets";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = EPOCH_1900 - 1462;

/** Excel serial of a JS Date as ExcelJS builds it (UTC), in the 1900 or 1904 date system. */
export function dateToSerial(d: Date, date1904: boolean): number {
  return (date1904 ? EPOCH_1904 : EPOCH_1900) + d.getTime() / MS_PER_DAY;
}

/**
 * A cell's value with its formula's cached result as saved: ExcelJS's `cell.value` drops a result
 * that is 0, "" or FALSE (its copy keeps truthy fields only), which read as a formula never
 * recalculated; `cell.result` keeps it.
 */
export function cellValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value;
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v)) return v;
  const result = cell.result;
  return result === undefined || v.result !== undefined ? v : ({ ...v, result } as ExcelJS.CellValue);
}

/** What one ExcelJS cell value holds for the engine, whether it is a formula, and one without a result. */
function toCell(
  v: ExcelJS.CellValue,
  date1904: boolean,
): { value: CellValue; formula?: boolean; noResult?: boolean } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v, date1904) };
  if ("error" in v) return { value: { error: String(v.error) } };
  if ("richText" in v) return { value: richTextOf(v.richText) };
  if ("formula" in v || "sharedFormula" in v) {
    const r = v.result;
    if (r === undefined) return { value: null, formula: true, noResult: true };
    return { value: toCell(r, date1904).value, formula: true };
  }
  if ("hyperlink" in v) return { value: textOf(v.text) };
  return { value: null };
}

/** Rich text runs joined into plain text. */
function richTextOf(runs: readonly { text: string }[]): string {
  return runs.map((r) => r.text).join("");
}

/** A hyperlink's text, which ExcelJS may itself give as rich text. */
function textOf(t: unknown): string {
  if (typeof t === "string") return t;
  if (t !== null && typeof t === "object" && "richText" in t && Array.isArray(t.richText)) {
    return richTextOf(t.richText as { text: string }[]);
  }
  return t === undefined || t === null ? "" : String(t);
}

/** A header cell as trimmed text (numbers and dates as written, so "2025" stays a header). */
function headerText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "error" in v ? v.error : v.toISOString().slice(0, 10);
  return String(v).trim();
}

function isEmptyCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Reads the first worksheet (or opts.sheet) of an .xlsx: header = first non-empty row, columns from
 * its first to its last non-empty header cell (from the first column holding data when columns before
 * it have no header: QuickBooks' account headings), trailing blank rows dropped, firstRow = the sheet row
 * under the header. Dates → serials, rich text and hyperlinks → text, formulas → cached result,
 * errors → { error }. Throws ReadError: unreadable_file, unknown_sheet (lists the sheets), empty_sheet.
 */
export async function readXlsx(data: Uint8Array, opts: ReadOptions = {}): Promise<RawTable> {
  const source = opts.source ?? "xlsx";
  const wb = await loadWorkbook(data, source);
  const date1904 = wb.properties?.date1904 === true;
  const named = opts.sheet !== undefined;
  const chosen = named
    ? { ws: pickSheet(wb, opts.sheet, source), summaries: [] }
    : readableSheet(wb, date1904, opts, source);
  const { table } = worksheetTable(wb, chosen.ws, source, named);
  return withSummariesNote(table, chosen);
}

/**
 * The tables readXlsx reads, with the sheets of other periods beside the chosen one when the workbook
 * is kept one period a sheet (period-sheets.ts): one table per sheet, each naming its sheet
 * (RawTable.sheet), the first saying which sheets are read together. A named sheet is read alone.
 */
export async function readXlsxSheets(data: Uint8Array, opts: ReadOptions = {}): Promise<RawTable[]> {
  const source = opts.source ?? "xlsx";
  const wb = await loadWorkbook(data, source);
  const date1904 = wb.properties?.date1904 === true;
  if (opts.sheet !== undefined)
    return [worksheetTable(wb, pickSheet(wb, opts.sheet, source), source, true).table];
  const chosen = readableSheet(wb, date1904, opts, source);
  const together = periodTables(wb, chosen, source);
  const toDate = together === null ? toDateSheet(wb, chosen, source) : null;
  if (toDate !== null) return [withSummariesNote(toDate.table, chosen)];
  if (together === null)
    return [withSummariesNote(worksheetTable(wb, chosen.ws, source, false).table, chosen)];
  const { read, tables } = together;
  const others = wb.worksheets.filter((s) => !read.includes(s) && readable(s));
  const credit = read.some((s) => creditTitle(s.name));
  const notes = [
    diag(credit ? READ_DIAG.creditNoteSheets : READ_DIAG.periodSheets, {
      row: 0,
      column: "",
      value: read.map((s) => s.name).join(", "),
      args: { count: read.length },
    }),
    ...(others.length > 0
      ? [
          diag(credit ? READ_DIAG.otherSheetsTogether : READ_DIAG.otherPeriodSheets, {
            row: 0,
            column: "",
            value: read.map((s) => s.name).join(", "),
            args: { others: others.map((s) => s.name).join(", "), count: others.length },
          }),
        ]
      : []),
  ];
  tables[0].readDiagnostics = [...notes, ...(tables[0].readDiagnostics ?? [])];
  withSummariesNote(tables[0], chosen);
  return tables;
}

/**
 * The sheets read with the chosen one (itself included) when the workbook is kept one period a sheet
 * (period-sheets.ts); only the chosen one otherwise. `chosen` is readableSheet's pick.
 */
export function periodSheets(
  wb: ExcelJS.Workbook,
  chosen: { ws: ExcelJS.Worksheet; summaries: string[] },
): ExcelJS.Worksheet[] {
  const date1904 = wb.properties?.date1904 === true;
  const sheets = wb.worksheets;
  const summaries = new Set(chosen.summaries);
  const header = (i: number): string[] | null =>
    readable(sheets[i]) && !summaries.has(sheets[i].name) ? headerOf(sheets[i], date1904).headers : null;
  const names = sheets.map((s) => s.name);
  const at = sheets.indexOf(chosen.ws);
  const periods = periodSiblings(names, at, header);
  // Or invoices and credit notes kept in two sheets ("Factures | Avoirs").
  const read = periods.length > 1 ? periods : creditSiblings(names, at, header, creditTitle);
  return read.map((i) => sheets[i]);
}

/** The sheets `caop compute` reads with the chosen one (periodSheets, unless they repeat each other's lines). */
export function sheetsReadTogether(
  wb: ExcelJS.Workbook,
  chosen: { ws: ExcelJS.Worksheet; summaries: string[] },
  source: string,
): ExcelJS.Worksheet[] {
  return periodTables(wb, chosen, source)?.read ?? [chosen.ws];
}

/**
 * The period sheets read with the chosen one and their tables (each naming its sheet); null when
 * there is none, or when they repeat each other's lines (month sheets kept year to date).
 */
function periodTables(
  wb: ExcelJS.Workbook,
  chosen: { ws: ExcelJS.Worksheet; summaries: string[] },
  source: string,
): { read: ExcelJS.Worksheet[]; tables: RawTable[] } | null {
  const read = periodSheets(wb, chosen);
  if (read.length < 2) return null;
  const tables = read.map((ws) => ({ ...worksheetTable(wb, ws, source, true).table, sheet: ws.name }));
  if (sheetsOverlap(tables)) return null;
  // Invoices and credit notes on two sheets: only when the credit notes' customers are the invoices'.
  const credit = read.map((ws) => creditTitle(ws.name));
  return credit.some((c) => c) && !creditsRelated(tables, credit) ? null : { read, tables };
}

/**
 * Year-to-date sheets (period-sheets.ts toDateChain): the chosen sheet and the others of the same
 * header each holding the lines of a smaller one and more. The most complete one's table (naming its
 * sheet, with a to_date_sheets note), or null.
 */
export function toDateSheet(
  wb: ExcelJS.Workbook,
  chosen: { ws: ExcelJS.Worksheet; summaries: string[] },
  source: string,
): { ws: ExcelJS.Worksheet; table: RawTable } | null {
  const date1904 = wb.properties?.date1904 === true;
  const summaries = new Set(chosen.summaries);
  const key = headerKey(headerOf(chosen.ws, date1904).headers);
  const sheets = wb.worksheets.filter(
    (s) =>
      s === chosen.ws ||
      (readable(s) && !summaries.has(s.name) && headerKey(headerOf(s, date1904).headers) === key),
  );
  if (sheets.length < 2) return null;
  const tables = sheets.map((ws) => worksheetTable(wb, ws, source, true).table);
  const i = toDateChain(tables);
  if (i === null) return null;
  const ws = sheets[i];
  const note = diag(READ_DIAG.toDateSheets, {
    row: 0,
    column: "",
    value: ws.name,
    args: {
      sheets: sheets
        .filter((s) => s !== ws)
        .map((s) => s.name)
        .join(", "),
    },
  });
  // Sheets of other headers ("Achats") are left unread, and said.
  const others = wb.worksheets.filter((s) => !sheets.includes(s) && readable(s)).map((s) => s.name);
  const unread = diag(READ_DIAG.otherSheetsToDate, {
    row: 0,
    column: "",
    value: ws.name,
    args: { others: others.join(", "), count: others.length },
  });
  const table = { ...tables[i], sheet: ws.name };
  table.readDiagnostics = [note, ...(others.length > 0 ? [unread] : []), ...(table.readDiagnostics ?? [])];
  return { ws, table };
}

/** A visible sheet holding something. */
function readable(ws: ExcelJS.Worksheet): boolean {
  return ws.state === "visible" && ws.actualRowCount > 0;
}

/** The summary_sheets note first in the table's diagnostics, when sheets were left aside as summaries. */
function withSummariesNote(
  table: RawTable,
  chosen: { ws: ExcelJS.Worksheet; summaries: string[] },
): RawTable {
  if (chosen.summaries.length === 0) return table;
  const args = { sheets: chosen.summaries.join(", "), count: chosen.summaries.length };
  const note = diag(READ_DIAG.summarySheets, { row: 0, column: "", value: chosen.ws.name, args });
  table.readDiagnostics = [note, ...(table.readDiagnostics ?? [])];
  return table;
}

/** A workbook loaded from its bytes; ReadError unreadable_file when it is not one. */
async function loadWorkbook(data: Uint8Array, source: string): Promise<ExcelJS.Workbook> {
  // Loaded on first use: a CSV or FEC read (`caop compute`) never pays for loading ExcelJS.
  const [{ default: Excel }, { withRelativeTargets }] = await Promise.all([
    import("exceljs"),
    import("./part-targets"),
  ]);
  const wb = new Excel.Workbook();
  try {
    // JSZip (inside ExcelJS) takes a Uint8Array as well as a Node Buffer. Absolute part targets
    // (openpyxl's `/xl/tables/table1.xml`) are made relative first: ExcelJS finds only those.
    const bytes = await withRelativeTargets(data);
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ReadError(
      "unreadable_file",
      `le fichier « ${source} » n'est pas un classeur .xlsx lisible (${why})`,
      `the file "${source}" is not a readable .xlsx workbook (${why})`,
      { source },
    );
  }
  return wb;
}

/** Where worksheetTable found the table on its sheet (1-based, as Excel numbers rows and columns). */
export interface SheetSpan {
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
}

/**
 * The table of one worksheet of a loaded workbook, as readXlsx reads it (header found, totals set
 * apart, hidden rows said, format currencies…), and where it sits. `named`: the caller chose the
 * sheet (the others are then not said). The CLI's dashboard reads its .xlsx through this too, so
 * it reads what `caop compute` reads.
 */
export function worksheetTable(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  source: string,
  named: boolean,
): { table: RawTable; span: SheetSpan } {
  const date1904 = wb.properties?.date1904 === true;
  const diagnostics: Diagnostic[] = [];
  // A workbook of several sheets (a summary, month tabs): the sheets left unread are said.
  const others = wb.worksheets.filter((s) => s !== ws && readable(s));
  if (!named && others.length > 0)
    diagnostics.push(
      diag(READ_DIAG.otherSheets, {
        row: 0,
        column: "",
        value: ws.name,
        args: { others: others.map((s) => s.name).join(", "), count: others.length },
      }),
    );
  const { headerRow, firstContent, above, headers, firstCol, lastCol, twoRows } = headerOf(ws, date1904);
  if (above.length > 0) diagnostics.push(aboveHeader(above, firstContent, headerRow));
  if (twoRows) diagnostics.push(twoRows);
  if (headerRow === 0) {
    throw new ReadError(
      "empty_sheet",
      `la feuille « ${ws.name} » de « ${source} » est vide`,
      `the sheet "${ws.name}" of "${source}" is empty`,
      { source, sheet: ws.name },
    );
  }
  const lastRow = ws.actualRowCount === 0 ? 0 : ws.rowCount;

  const rows: CellValue[][] = [];
  const currencies = new Map<number, Map<number, string>>();
  const scales = new FormatScales();
  // Rows whose amount is a SUM of the same column's other rows: the workbook's own totals.
  const firstRow = headerRow + (twoRows ? 2 : 1);
  const map = detectMapping(headers).mapping;
  const own = [map.client, map.id].filter((c): c is number => c !== undefined);
  const sheetTotals = new SheetTotals(firstRow, { date: map.date, own, date1904 });
  let lastNonBlank = -1;
  // Whether a formula of the sheet has a result, and the formulas without one of rows nothing was typed in.
  let recalculated = false;
  const untyped: Diagnostic[] = [];
  for (let r = headerRow + (twoRows ? 2 : 1); r <= lastRow; r++) {
    const row = ws.getRow(r);
    const { cells, formulas, noResults, filled, results } = readRow(
      row,
      firstCol,
      lastCol,
      date1904,
      (c, cell) => {
        noteCurrency(currencies, c, rows.length, cell.numFmt);
        scales.note(c, cell.numFmt);
      },
    );
    recalculated ||= results;
    let blank = cells.every(isEmptyCell);
    // A template's row nothing was typed in (=C99*D99 giving 0, =IF(C99="";"";…) saved empty): blank.
    // Its formulas without a result are said only if the sheet was never recalculated (none has one).
    if (!filled && formulas.length > 0) {
      cells.fill(null);
      blank = true;
      formulas.length = 0;
      for (const c of noResults) untyped.push(noValue(row, r, headers[c - firstCol], c));
      noResults.length = 0;
    }
    const total =
      formulas.length > 0 &&
      sheetTotals.note(
        rows.length,
        r,
        formulas.map((c) => ({ col: c, formula: row.getCell(c).formula })),
      );
    // A total row is not a line: its formula's missing result matters to no one.
    if (!total) for (const c of noResults) diagnostics.push(noValue(row, r, headers[c - firstCol], c));
    rows.push(cells);
    if (!blank) lastNonBlank = rows.length - 1;
  }
  rows.length = lastNonBlank + 1;
  if (!recalculated) diagnostics.push(...untyped);
  const totals = sheetTotals.end(rows);
  const example = totals.values().next().value;
  if (example !== undefined)
    diagnostics.push(
      diag(READ_DIAG.formulaTotalRows, {
        row: example.row,
        column: headers[example.col - firstCol],
        value: example.formula,
        args: { count: totals.size },
      }),
    );

  const hidden = hiddenRows(ws, firstRow, firstRow + rows.length - 1);
  if (hidden !== null) diagnostics.push(hidden);
  const table: RawTable = { headers, rows, firstRow, source, date1904 };
  if (diagnostics.length > 0) table.readDiagnostics = diagnostics;
  // A sheet named "Avoirs", or titled "Avoirs janvier 2025" above its header: its lines are credit notes.
  const credit = creditTitleOf(ws.name, above);
  if (credit !== undefined) table.creditTitle = credit;
  const titles = titleRows(above);
  if (titles.length > 0) table.titles = titles;
  if (totals.size > 0) table.notLines = new Set(totals.keys());
  const hiddenCols = headers.flatMap((_, i) => (ws.getColumn(firstCol + i).hidden ? [i] : []));
  if (hiddenCols.length > 0) table.hiddenColumns = hiddenCols;
  if (currencies.size > 0) table.cellCurrencies = currencies;
  const scaled = scales.scaled();
  if (scaled !== null) table.formatScales = scaled;
  const units = scales.units();
  if (units !== null) table.formatUnits = units;
  return {
    table: withSheetDays(table, ws.name),
    span: { headerRow, firstCol, lastCol, lastRow: firstRow + rows.length - 1 },
  };
}

/** One sheet row's cells from `firstCol` to `lastCol`, as worksheetTable reads them. */
interface SheetRow {
  cells: CellValue[];
  /** Its formula cells, and those saved without a result (sheet column numbers). */
  formulas: number[];
  noResults: number[];
  /** Something typed, or a formula giving more than 0 or nothing (else a template's unused row). */
  filled: boolean;
  /** A formula of the row has a result (the sheet was recalculated). */
  results: boolean;
}

/** Reads one row's cells; `numeric(i, cell)` is told of each numeric cell (its index from firstCol). */
function readRow(
  row: ExcelJS.Row,
  firstCol: number,
  lastCol: number,
  date1904: boolean,
  numeric: (i: number, cell: ExcelJS.Cell) => void,
): SheetRow {
  const out: SheetRow = {
    cells: new Array<CellValue>(lastCol - firstCol + 1),
    formulas: [],
    noResults: [],
    filled: false,
    results: false,
  };
  for (let c = firstCol; c <= lastCol; c++) {
    const cell = row.getCell(c);
    const { value, formula, noResult } = toCell(cellValue(cell), date1904);
    out.cells[c - firstCol] = value;
    if (typeof value === "number") numeric(c - firstCol, cell);
    if (!isEmptyCell(value) && !(formula && value === 0)) out.filled = true;
    if (formula) out.formulas.push(c);
    if (noResult) out.noResults.push(c);
    else if (formula) out.results = true;
  }
  return out;
}

/** The formula_without_value warning of a row's cell (sheet column `c`). */
function noValue(row: ExcelJS.Row, r: number, column: string | undefined, c: number): Diagnostic {
  return diag(READ_DIAG.formulaWithoutValue, { row: r, column: column ?? "", value: formulaOf(row, c) });
}

/** Notes the currency a numeric cell's format shows (data row `i` of column `col`), if any. */
function noteCurrency(
  currencies: Map<number, Map<number, string>>,
  col: number,
  i: number,
  numFmt: string | undefined,
): void {
  const code = currencyOfFormat(numFmt);
  if (code === null) return;
  let rows = currencies.get(col);
  if (rows === undefined) currencies.set(col, (rows = new Map()));
  rows.set(i, code);
}

/**
 * The hidden_rows note: rows hidden in the sheet (by hand or by a filter) are read and counted like
 * the others, which a sheet's SUBTOTAL would not do; null when none holds data.
 */
function hiddenRows(ws: ExcelJS.Worksheet, from: number, to: number): Diagnostic | null {
  let first = 0;
  let count = 0;
  for (let r = from; r <= to; r++) {
    const row = ws.getRow(r);
    if (!row.hidden || !row.hasValues) continue;
    first ||= r;
    count++;
  }
  if (count === 0) return null;
  return diag(READ_DIAG.hiddenRows, { row: first, column: "", value: String(count), args: { count } });
}

/** The formula text of a cell, for messages. */
function formulaOf(row: ExcelJS.Row, c: number): string {
  const f = row.getCell(c).formula;
  return f ? `=${f}` : "";
}

/** The named worksheet (exact name, then case-insensitive), or the first one. */
function pickSheet(wb: ExcelJS.Workbook, name: string | undefined, source: string): ExcelJS.Worksheet {
  const sheets = wb.worksheets;
  if (name === undefined) {
    if (sheets.length > 0) return sheets[0];
    throw new ReadError(
      "empty_file",
      `le classeur « ${source} » n'a aucune feuille`,
      `the workbook "${source}" has no sheet`,
      {
        source,
      },
    );
  }
  const found =
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (found) return found;
  const names = sheets.map((s) => s.name);
  throw new ReadError(
    "unknown_sheet",
    `la feuille « ${name} » n'existe pas dans « ${source} » ; feuilles : ${names.map((n) => `« ${n} »`).join(", ")}`,
    `the sheet "${name}" does not exist in "${source}"; sheets: ${names.map((n) => `"${n}"`).join(", ")}`,
    { source, sheet: name, sheets: names },
  );
}

/** The values of a row's cells, from its first column to its last. */
function cellsOf(row: ExcelJS.Row, date1904: boolean): CellValue[] {
  const cells: CellValue[] = [];
  for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(cellValue(row.getCell(c)), date1904).value);
  return cells;
}

/** Where a sheet's header is: its row (0 when the sheet is empty), the title rows above it, its cells. */
interface SheetHeader {
  headerRow: number;
  firstContent: number;
  above: CellValue[][];
  headers: string[];
  firstCol: number;
  lastCol: number;
  /** The two_row_header info when the row below the header names the columns (data after it), else null. */
  twoRows: Diagnostic | null;
}

/**
 * The header of a sheet: the first non-empty row, or, with a title or notes above it, the first row
 * naming a date and an amount (findHeaderRow); its columns from its first to its last non-empty cell.
 */
function headerOf(ws: ExcelJS.Worksheet, date1904: boolean): SheetHeader {
  const lastRow = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  let headerRow = 0;
  for (let r = 1; r <= lastRow && headerRow === 0; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) {
      if (!isEmptyCell(toCell(cellValue(row.getCell(c)), date1904).value)) {
        headerRow = r;
        break;
      }
    }
  }
  const firstContent = headerRow;
  let above: CellValue[][] = [];
  if (headerRow > 0) {
    const sample: CellValue[][] = [];
    for (let r = headerRow; r <= Math.min(lastRow, headerRow + HEADER_SEARCH_ROWS - 1); r++) {
      sample.push(cellsOf(ws.getRow(r), date1904));
    }
    // No row names a date and an amount: the first non-empty row is the header (the missing column
    // is then named with the headers found, and --map can name it).
    const k = headerRowOf(sample);
    headerRow += k;
    above = sample.slice(0, k);
  }
  const top: string[] = [];
  if (headerRow > 0) {
    const hr = ws.getRow(headerRow);
    for (let c = 1; c <= hr.cellCount; c++)
      top.push(headerText(toCell(cellValue(hr.getCell(c)), date1904).value));
  }
  // A header on two rows (Excel's merged "Montant" over "Débit | Crédit"): the row below names the columns.
  const sub =
    headerRow > 0 && headerRow < lastRow
      ? twoRowHeader(top, cellsOf(ws.getRow(headerRow + 1), date1904))
      : null;
  const rawHeaders = sub ?? top;
  const named = rawHeaders.findIndex((h) => h !== "") + 1;
  // QuickBooks' reports head their accounts in a first column without a header: kept when it holds data.
  const firstCol =
    named > 1 ? firstUsedColumn(ws, headerRow + (sub ? 2 : 1), lastRow, named, date1904) : named;
  let lastCol = rawHeaders.length;
  while (lastCol > firstCol && rawHeaders[lastCol - 1] === "") lastCol--;
  return {
    headerRow,
    firstContent,
    above,
    headers: rawHeaders.slice(firstCol - 1, lastCol),
    firstCol,
    lastCol,
    twoRows: sub === null ? null : twoRowHeaderNote(top, sub, headerRow),
  };
}

/** The first column before `named` with a value below the header (rows `from`–`to`), else `named`. */
function firstUsedColumn(
  ws: ExcelJS.Worksheet,
  from: number,
  to: number,
  named: number,
  date1904: boolean,
): number {
  let first = named;
  for (let r = from; r <= to && first > 1; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c < first; c++) {
      if (!isEmptyCell(toCell(cellValue(row.getCell(c)), date1904).value)) first = c;
    }
  }
  return first;
}

/**
 * The sheet read when none is named: the first visible one whose header maps a date and an amount
 * (a cover sheet, a table of contents or notes come first in many workbooks), else the first one.
 */
export function readableSheet(
  wb: ExcelJS.Workbook,
  date1904: boolean,
  opts: ReadOptions,
  source: string,
): { ws: ExcelJS.Worksheet; summaries: string[] } {
  // A sheet whose amounts are formulas over another sheet (a "Synthèse" of the detail) is read only
  // when no other sheet has a date and an amount.
  const summaries: ExcelJS.Worksheet[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== "visible" || ws.actualRowCount === 0) continue;
    const h = headerOf(ws, date1904);
    if (h.headerRow === 0) continue;
    const found = detectMapping(h.headers, opts.mapping);
    if (found.missing.length > 0) continue;
    if (!summarisesOtherSheets(ws, h, found.mapping)) return { ws, summaries: summaries.map((x) => x.name) };
    summaries.push(ws);
  }
  return { ws: summaries[0] ?? pickSheet(wb, undefined, source), summaries: [] };
}

/** True when most of a sheet's money cells add up other sheets' ranges (=SUMIFS(Détail!D:D; …)). */
function summarisesOtherSheets(ws: ExcelJS.Worksheet, h: SheetHeader, map: Mapping): boolean {
  const cols = [map.amount, map.net_amount, map.debit, map.credit].filter(
    (c): c is number => c !== undefined,
  );
  let filled = 0;
  let over = 0;
  const last = Math.min(ws.rowCount, h.headerRow + 500);
  for (let r = h.headerRow + 1; r <= last; r++) {
    const row = ws.getRow(r);
    for (const c of cols) {
      const cell = row.getCell(h.firstCol + c);
      if (cell.value === null || cell.value === undefined || cell.value === "") continue;
      filled++;
      if (cell.formula && summarisesOtherSheet(cell.formula)) over++;
    }
  }
  return over > 0 && over * 2 >= filled;
}
