/** Checks of a table as a whole or per row, before lines are read: columns, blank rows, object cells. */
import { cellText, isBlank } from "../cells";
import { diag, DIAG } from "../diagnostics";
import { EngineError } from "../errors";
import Decimal from "decimal.js";
import { newAmountOut, readAmount, type DecimalSep } from "../money";
import { FIELD_LABELS, fieldNames, type MappingResult } from "../fields";
import { isBalanceHeader, isQuadraRecord } from "../header";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type FieldId,
  type Mapping,
  type RawTable,
} from "../types";

/** The row number of a table's header, as the user sees it (0 when the table has none above its data). */
function headerRow(table: RawTable): number {
  return Math.max(0, table.firstRow - 1);
}

/** A warning for each column whose header repeats the header of a column the mapping uses. */
export function duplicateHeaders(table: RawTable, map: Mapping): Diagnostic[] {
  const used = new Set(Object.values(map));
  const norm = (h: string | undefined): string => (h ?? "").trim().toLowerCase();
  const out: Diagnostic[] = [];
  for (const col of used) {
    const h = norm(table.headers[col]);
    if (h === "") continue;
    table.headers.forEach((other, j) => {
      if (j === col || used.has(j) || norm(other) !== h) return;
      out.push(
        diag(DIAG.duplicateHeader, {
          row: headerRow(table),
          column: table.headers[col],
          value: String(j + 1),
          args: { used: col + 1 },
        }),
      );
    });
  }
  return out;
}

/**
 * A warning when a gross column was left for the net one (no per-line deductions tell how they
 * differ: a discount, or VAT when the gross is TTC), naming the first row where they differ.
 */
export function grossBesideNet(table: RawTable, info: MappingResult): Diagnostic[] {
  const gross = info.grossUnused;
  const net = info.mapping.amount;
  if (gross === undefined || net === undefined) return [];
  if (info.grossTax !== undefined) {
    const withTax = grossIsNetPlusTax(table, gross, net, info.grossTax);
    if (withTax !== null) return [withTax];
  }
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const g = row?.[gross];
    if (isBlank(g) || isBlank(row[net]) || cellText(g).trim() === cellText(row[net]).trim()) continue;
    return [
      diag(DIAG.grossUnused, {
        row: rowNumberOf(table, i),
        column: table.headers[gross] ?? "",
        value: cellText(g),
        args: { net: table.headers[net] ?? "", net_value: cellText(row[net]) },
      }),
    ];
  }
  return [];
}

/** A cell's amount with either decimal mark, or null when blank or unreadable. */
function exactAmount(v: CellValue, sep: DecimalSep): Decimal | null {
  const out = newAmountOut();
  if (isBlank(v) || !readAmount(v, sep, out)) return null;
  return out.exact ?? new Decimal(out.cents).div(100);
}

/**
 * gross_with_tax: a gross left for the net that is, on every row, the net plus the tax column beside
 * it (Xero's "Net | Tax | Gross"): tax included, not a gross before the discount. Its first row, or
 * null when a row says otherwise (then gross_unused names it).
 */
function grossIsNetPlusTax(table: RawTable, gross: number, net: number, tax: number): Diagnostic | null {
  let first = -1;
  for (const sep of [".", ","] as const) {
    first = -1;
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (isBlank(row?.[gross])) continue;
      const [g, n, t] = [row[gross], row[net], row[tax]].map((v) => exactAmount(v, sep));
      if (g === null || n === null || !g.equals(n.plus(t ?? 0))) {
        first = -2;
        break;
      }
      if (first < 0) first = i;
    }
    if (first >= 0) break;
  }
  if (first < 0) return null;
  const row = table.rows[first];
  return diag(DIAG.grossWithTax, {
    row: rowNumberOf(table, first),
    column: table.headers[gross] ?? "",
    value: cellText(row[gross]),
    args: {
      net: table.headers[net] ?? "",
      net_value: cellText(row[net]),
      tax: table.headers[tax] ?? "",
      tax_value: cellText(row[tax]),
    },
  });
}

/**
 * account_chart_xero: the AccountCode of Xero's invoice export read in Xero's chart (200 Sales, 260,
 * 270); account_chart_myob: the Account # of MYOB's sales read in MYOB's chart (4- income). Said once.
 */
function xeroChartNote(table: RawTable, info: MappingResult): Diagnostic[] {
  const col = info.mapping.account;
  const chart = accountChartOf(table, info);
  if ((chart !== "xero" && chart !== "myob") || col === undefined) return [];
  const i = table.rows.findIndex((r) => !isBlank(r?.[col]));
  if (i < 0) return [];
  return [
    diag(chart === "xero" ? DIAG.accountChartXero : DIAG.accountChartMyob, {
      row: rowNumberOf(table, i),
      column: table.headers[col] ?? "",
      value: cellText(table.rows[i][col]),
    }),
  ];
}

/** What the mapping left for another column: a gross for the net, a subtotal for the total, amounts in another currency. */
export function columnsLeftNotes(table: RawTable, info: MappingResult): Diagnostic[] {
  return [
    ...grossBesideNet(table, info),
    ...xeroChartNote(table, info),
    ...subtotalBesideTotal(table, info),
    ...foreignCurrencyNote(table, info),
    ...convertedNote(table, info),
    ...orderLinesNote(table, info),
    ...payerPartsNote(table, info),
  ];
}

/** The first row whose payers' parts do not add up to the invoice's total, -1 when all do (either decimal mark). */
function partsDiffer(table: RawTable, parts: readonly number[], total: number): number {
  let firstBad = -1;
  for (const sep of [",", "."] as const) {
    firstBad = table.rows.findIndex((row) => {
      const t = exactAmount(row?.[total], sep);
      if (t === null) return false;
      const sum = parts.reduce((s, c) => s.plus(exactAmount(row[c], sep) ?? 0), new Decimal(0));
      return !sum.equals(t);
    });
    if (firstBad < 0) return -1;
  }
  return firstBad;
}

/**
 * payer_parts_total: a health invoice's total read as the amount beside its payers' parts (AMO, AMC,
 * patient): a note naming the parts when they add up to it on every row, a warning at the first row where not.
 */
export function payerPartsNote(table: RawTable, info: MappingResult): Diagnostic[] {
  const p = info.payerParts;
  if (p === undefined || info.mapping.amount !== p.total) return [];
  const bad = partsDiffer(table, p.parts, p.total);
  const i = bad >= 0 ? bad : table.rows.findIndex((r) => !isBlank(r?.[p.total]));
  if (i < 0) return [];
  const row = table.rows[i];
  const parts = p.parts.map((c) => `${table.headers[c] ?? ""} ${cellText(row[c])}`).join(" + ");
  return [
    diag(bad >= 0 ? DIAG.payerPartsDiffer : DIAG.payerPartsTotal, {
      row: rowNumberOf(table, i),
      column: table.headers[p.total] ?? "",
      value: cellText(row[p.total]),
      args: { parts },
    }),
  ];
}

/** The note that an order-line export is read at its invoiced quantity or amount, not the ordered value. */
export function orderLinesNote(table: RawTable, info: MappingResult): Diagnostic[] {
  const o = info.orderLines;
  if (o === undefined) return [];
  const h = (c: number | undefined): string => (c === undefined ? "" : (table.headers[c] ?? ""));
  if (o.invoicedAmount !== undefined) {
    const args = { quantity: h(o.quantity) };
    return [diag(DIAG.orderLinesInvoiced, { row: 0, column: h(o.invoicedAmount), value: "", args })];
  }
  const spec = o.orderValue === undefined ? DIAG.orderLinesQuantity : DIAG.orderLinesOrderValue;
  const args = { price: h(info.mapping.unit_price) };
  return [diag(spec, { row: 0, column: h(o.quantity), value: h(o.orderValue), args })];
}

/** The note that an invoice's Total less its tax is read, not its subtotal beside a discount column. */
export function subtotalBesideTotal(table: RawTable, info: MappingResult): Diagnostic[] {
  const u = info.subtotalUnused;
  if (u === undefined) return [];
  const args = { discount: table.headers[u.discount] ?? "", total: table.headers[u.total] ?? "" };
  return [
    diag(DIAG.subtotalBesideTotal, { row: 0, column: table.headers[u.subtotal] ?? "", value: "", args }),
  ];
}

/** The note that a currency column goes with the transaction-currency amounts, not the amount read. */
export function foreignCurrencyNote(table: RawTable, info: MappingResult): Diagnostic[] {
  const f = info.currencyOfForeign;
  if (f === undefined) return [];
  const m = info.mapping;
  const amount = table.headers[m.amount ?? m.net_amount ?? m.credit ?? m.debit ?? -1] ?? "";
  const column = table.headers[f.currency] ?? "";
  const args = { foreign: table.headers[f.foreign] ?? "", read: amount };
  return [diag(DIAG.currencyOfForeign, { row: 0, column, value: "", args })];
}

/** The note that Stripe's amounts converted into the account's currency are read, not each payment's. */
export function convertedNote(table: RawTable, info: MappingResult): Diagnostic[] {
  const c = info.converted;
  // Without a per-payment amount beside them, nothing else could have been read: nothing to say.
  if (c === undefined || c.instead === undefined) return [];
  const column = table.headers[c.amount] ?? "";
  const args = { currency: table.headers[c.currency] ?? "", instead: table.headers[c.instead ?? -1] ?? "" };
  return [diag(DIAG.convertedAmounts, { row: 0, column, value: "", args })];
}

/** A warning when the date read is a due, ship or payment date: the months then follow it, not the sales. */
export function dateNotSales(table: RawTable, info: MappingResult): Diagnostic[] {
  const col = info.mapping.date;
  if (!info.dateNotSales || col === undefined) return [];
  const column = table.headers[col] ?? "";
  return [diag(DIAG.dateNotSales, { row: headerRow(table), column, value: column })];
}

/** A warning for each mapped column hidden in the sheet: read like the others, perhaps not the one meant. */
export function hiddenMapped(table: RawTable, map: Mapping): Diagnostic[] {
  const hidden = new Set(table.hiddenColumns ?? []);
  if (hidden.size === 0) return [];
  return Object.entries(map)
    .filter(([, col]) => col !== undefined && hidden.has(col))
    .map(([field, col]) =>
      diag(DIAG.hiddenColumn, {
        row: headerRow(table),
        column: table.headers[col as number] ?? "",
        value: field,
        args: { field_fr: FIELD_LABELS[field as FieldId].fr, field_en: FIELD_LABELS[field as FieldId].en },
      }),
    );
}

/** True when one of the given cells is an object (an error value or a date): the rare case worth a closer look. */
export function hasObjectCell(row: readonly CellValue[], cols: readonly number[]): boolean {
  for (let k = 0; k < cols.length; k++) {
    const v = row[cols[k]];
    if (typeof v === "object" && v !== null) return true;
  }
  return false;
}

/** True when a row is missing or all its cells are blank. */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let j = 0; j < row.length; j++) if (!isBlank(row[j])) return false;
  return true;
}

/** The error naming the required columns not found, and the headers that were. */
export function missingColumns(info: MappingResult, headers: readonly string[]): EngineError {
  const found = headers.filter((h) => h.trim() !== "").join(", ") || "(aucun)";
  const known = knownLayout(info, headers, found);
  if (known !== null) return known;
  return new EngineError(
    "missing_column",
    `colonne obligatoire absente : ${fieldNames(info.missing, "fr")} ; en-têtes trouvés : ${found}`,
    `required column missing: ${fieldNames(info.missing, "en")}; headers found: ${found === "(aucun)" ? "(none)" : found}`,
    { missing: info.missing, headers: [...headers] },
  );
}

/**
 * The error for a file that is no list of lines but a known layout: a balance (one row per account,
 * no date) or Quadra's ASCII export; it says what the file is and what to export instead.
 */
function knownLayout(info: MappingResult, headers: readonly string[], found: string): EngineError | null {
  const details = { missing: info.missing, headers: [...headers] };
  if (info.missing.includes("date") && isBalanceHeader(headers))
    return new EngineError(
      "missing_column",
      `ce fichier est une balance des comptes (en-têtes : ${found}) : une ligne par compte, sans écriture datée ; le CA OP et ses mois ne se lisent que sur des lignes datées : exportez le grand livre ou le FEC de la période`,
      `this file is a trial balance (headers: ${found}): one row per account, no dated entry; CA OP and its months are read from dated lines only: export the general ledger or the FEC of the period`,
      { ...details, layout: "balance" },
    );
  if (isQuadraRecord(headers))
    return new EngineError(
      "missing_column",
      `ce fichier est un export ASCII de Quadra Compta (enregistrements « M » à largeur fixe, sans en-têtes) : non lu ; exportez le FEC ou le journal en CSV`,
      `this file is a Quadra Compta ASCII export (fixed-width "M" records, no headers): not read; export the FEC or the journal as CSV`,
      { ...details, layout: "quadra_ascii" },
    );
  return null;
}

/**
 * The currencies a workbook's number formats show on the money columns' lines (headings and
 * totals set apart are not lines): with a currency column's, more than one is an error.
 */
export function formatCurrencies(table: RawTable, cols: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const col of cols)
    for (const [i, code] of table.cellCurrencies?.get(col) ?? []) if (!table.notLines?.has(i)) out.add(code);
  return out;
}

/** Codes of Xero's charts: three or four digits (200 Sales, 260 Other Revenue); a PCG account has more. */
const XERO_CODE = /^\d{3,4}$/;

/** MYOB's account number: one digit for its class, a dash, four digits ("4-1100"); a PCG account never is. */
const MYOB_CODE = /^\d-\d{4}$/;

/**
 * The foreign chart the mapping found by the headers, unless the data says otherwise: Xero's export
 * of a French company whose AccountCode holds PCG accounts (706000) is read in the PCG.
 */
export function accountChartOf(table: RawTable, info: MappingResult): MappingResult["accountChart"] {
  const col = info.mapping.account;
  const chart = info.accountChart;
  if ((chart !== "xero" && chart !== "myob") || col === undefined) return chart;
  const code = chart === "xero" ? XERO_CODE : MYOB_CODE;
  for (const row of table.rows) {
    const v = row?.[col];
    if (v === null || v === undefined || v === "") continue;
    if (!code.test(String(v).trim())) return undefined;
  }
  return chart;
}
