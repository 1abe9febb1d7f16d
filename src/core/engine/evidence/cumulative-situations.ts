/**
 * A builder's progress invoices kept by their running total only (`Date situation | Chantier |
 * Situation n° | Cumul facturé HT`): each situation bills the work done since the previous one, so
 * the period's sale is the running total less the previous situation's of the same site (n°1 less
 * 0). Proven by the data: per site, in the file's order, situations numbered 1, 2, 3… from n°1 and a
 * running total that never decreases; read so, said in a note. A site whose first situation is not
 * n°1, a number skipped or repeated, or a running total that decreases: refused, saying what to
 * export (each situation's own amount, or every situation from n°1). Needs a date, no amount.
 */
import Decimal from "decimal.js";
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { EngineError } from "../../errors";
import { detectMapping } from "../../fields";
import { newAmountOut, readAmount } from "../../money";
import { normalizeText } from "../../text";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type MappingOverrides,
  type RawTable,
} from "../../types";

/** The amount column the running totals give. */
export const SITUATION_AMOUNT = "Montant de la situation (écart avec la précédente)";

/** A running total of situations ("Cumul facturé HT", "Cumul travaux HT", "Montant cumulé des situations"). */
const RUNNING = /\bcumul(?:e|ee|es|ees)?\b/;
const BILLED = /\b(?:factur\w*|travaux|situations?)\b/;
/** A previous situation's running total ("Cumul précédent"): another column, never this one. */
const PREVIOUS = /\b(?:precedent\w*|anterieur\w*|previous)\b/;
/** The situation's number ("Situation n°", "N° situation", "Numéro de situation"). */
const NUMBER = /^(?:(?:n|no|num|numero)(?: de)? situation|situation(?: (?:n|no|num|numero))?)$/;
/** The site (chantier) the situations bill. */
const SITE = /^(?:chantier|affaire|projet|marche|operation)(?: .*)?$/;

interface Columns {
  running: number;
  number: number;
  /** The site's column; -1: every row one site. */
  site: number;
}

/** The columns of such a table, null for other tables (an amount found, no date, no running total or number). */
function columnsOf(table: RawTable, overrides: MappingOverrides | undefined): Columns | null {
  const found = detectMapping(table.headers, overrides).mapping;
  if (found.date === undefined || found.amount !== undefined || found.net_amount !== undefined) return null;
  if (found.debit !== undefined || found.credit !== undefined) return null;
  const norm = table.headers.map((h) => normalizeText(h ?? ""));
  const running = norm.findIndex((h) => RUNNING.test(h) && BILLED.test(h) && !PREVIOUS.test(h));
  const number = norm.findIndex((h) => NUMBER.test(h));
  if (running < 0 || number < 0) return null;
  const site = norm.findIndex((h) => SITE.test(h));
  return { running, number, site: site >= 0 ? site : (found.client ?? -1) };
}

/** What went wrong on a site (the refusal's arguments). */
interface Broken {
  row: number;
  site: string;
  why: "first" | "sequence" | "decrease";
  value: string;
}

/**
 * The situations read as their periods' sales (a column SITUATION_AMOUNT: the running total less the
 * previous situation's of its site), the mapping that reads it and the note; null for other tables.
 * Throws EngineError amount_cumulative_situations when the data does not prove the reading.
 */
export function cumulativeSituations(
  table: RawTable,
  overrides: MappingOverrides | undefined,
): { table: RawTable; mapping: MappingOverrides; note: Diagnostic } | null {
  const cols = columnsOf(table, overrides);
  if (cols === null) return null;
  const last = new Map<string, { n: number; total: Decimal }>();
  const out = newAmountOut();
  const rows: CellValue[][] = [];
  let sites = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] ?? [];
    const nCell = row[cols.number];
    const tCell = row[cols.running];
    const full = table.headers.map((_h, c) => row[c] ?? null);
    // A row without a situation number (blank, a total under the list): no situation, no amount.
    if (isBlank(nCell)) {
      rows.push([...full, null]);
      continue;
    }
    const n = Number(/^\s*(?:n\s*[°º]?\s*)?(\d+)\s*$/i.exec(cellText(nCell))?.[1] ?? NaN);
    if (!Number.isInteger(n) || !readAmount(tCell ?? null, ",", out)) return null;
    const total = out.exact ?? new Decimal(out.cents).div(100);
    const site = cols.site < 0 ? "" : cellText(row[cols.site]).trim();
    const before = last.get(site);
    const at = { row: rowNumberOf(table, i), site, value: `${cellText(nCell)} : ${cellText(tCell)}` };
    if (before === undefined && n !== 1) throw refusal(table, cols, { ...at, why: "first" });
    if (before !== undefined && n !== before.n + 1) throw refusal(table, cols, { ...at, why: "sequence" });
    if (before !== undefined && total.lt(before.total))
      throw refusal(table, cols, { ...at, why: "decrease" });
    if (before === undefined) sites++;
    last.set(site, { n, total });
    rows.push([...full, total.minus(before?.total ?? 0).toNumber()]);
  }
  if (last.size === 0) return null;
  const running = table.headers[cols.running] ?? "";
  const note = diag(DIAG.cumulativeSituations, {
    row: 0,
    column: running,
    value: table.headers[cols.number] ?? "",
    args: { sites, site: cols.site < 0 ? "-" : (table.headers[cols.site] ?? "") },
  });
  const mapping: MappingOverrides = { ...overrides, amount: SITUATION_AMOUNT };
  const read: RawTable = { ...table, headers: [...table.headers, SITUATION_AMOUNT], rows };
  return { table: read, mapping, note };
}

/** The refusal naming the site, the row and what breaks the running total's reading, and what to export. */
function refusal(table: RawTable, cols: Columns, b: Broken): EngineError {
  const column = table.headers[cols.running] ?? "";
  const site = b.site === "" ? "" : ` « ${b.site} »`;
  const siteEn = b.site === "" ? "" : ` "${b.site}"`;
  const fr = {
    first: `la première situation du chantier${site} dans le fichier n'est pas la n°1`,
    sequence: `les situations du chantier${site} ne se suivent pas (un numéro manque ou se répète)`,
    decrease: `le cumul du chantier${site} diminue`,
  }[b.why];
  const en = {
    first: `the first situation of site${siteEn} in the file is not n°1`,
    sequence: `the situations of site${siteEn} do not follow each other (a number missing or repeated)`,
    decrease: `the running total of site${siteEn} decreases`,
  }[b.why];
  return new EngineError(
    "amount_cumulative_situations",
    `colonne « ${column} » : un cumul de situations, dont chaque situation se lit comme l'écart avec la précédente du chantier ; mais ${fr} (ligne ${b.row}, ${b.value}) : exportez le montant de chaque situation (« Montant situation HT »), ou toutes les situations de chaque chantier depuis la n°1`,
    `column "${column}": a running total of progress invoices, each situation read as the difference from the site's previous one; but ${en} (row ${b.row}, ${b.value}): export each situation's own amount ("Montant situation HT"), or every situation of each site from n°1`,
    { column, row: b.row, value: b.value, site: b.site },
  );
}
