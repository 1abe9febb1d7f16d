/**
 * A numbered chart of accounts that is not the French one (PCG): QuickBooks' "4000 Sales of Product
 * Income", NetSuite's "40100 Revenue : Services Revenue", Sage 50 US's "40000-EQ" beside "Sales -
 * Equipment", Business Central's "6110" beside "Sales, Retail - Dom.". Read as the PCG, their sales
 * fall in class 4 (third parties) or 6 (expenses) and count for nothing; 6950 reads as PCG 695.
 *
 * Proven from the column's own names: an account whose name says sales, on a number of class 4, 5 or
 * 6 (which the PCG gives to third parties, finance and expenses), and no account of class 7 whose name
 * says sales (a PCG file's "706000 Ventes"), nor a sales account 70… whose name says nothing else
 * ("706000 Prestations de services" beside "624200 Transports sur ventes"). The accounts are then read by their names, as a journal
 * written in words is (the classifier's account-name reading: receivables, VAT, bank, interest), and
 * the reading is said with its example. A PCG file is never read so; a user's own mapping is kept.
 */
import { cellText } from "../../cells";
import { accountNameReading, nameAfterNumber, NUMBERED_ACCOUNT } from "../../classify";
import { diag, DIAG } from "../../diagnostics";
import { unmappedColumns } from "../../fields";
import type { RuleSet } from "../../rules";
import { normalizeText } from "../../text";
import type { CellValue, Diagnostic, Mapping, MappingOverrides, RawTable } from "../../types";
import { rowNumberOf } from "../../types";
import { saysRevenue } from "./account-chart";
import { ACCOUNT_NAME } from "./account-names";

/** PCG classes where a sales name proves another chart: third parties, finance, expenses. */
const NOT_SALES_CLASSES = new Set(["4", "5", "6"]);

/** Rows of bare numbers (no name after them, no names column) after which the column is no named chart. */
const BARE_ROWS = 1_000;

/** Distinct accounts looked at most: a chart has few. */
const MAX_ACCOUNTS = 500;

/** How the accounts of a numbered foreign chart are read by their names, and the note that says it. */
export interface ForeignChart {
  /** The column whose names are read: another column ("Account Description"), or the account column itself. */
  header: string;
  /** The names are written in the account cells after the numbers (read without them). */
  inCell: boolean;
  /** The note that says it, with its example (null in a later chunk that has none). */
  note: Diagnostic | null;
}

/** A sales name on a number the PCG gives to another class: the proof's example. */
interface Example {
  row: number;
  account: string;
  name: string;
}

/**
 * The foreign chart of the mapped account column, proven by its names (see the module); null when
 * the column is the PCG, has no names, or the user mapped the account. `prior`: the names' column
 * proven by an earlier chunk.
 */
export function foreignChart(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  rules: RuleSet,
  prior: string | undefined,
): ForeignChart | null {
  const col = map.account;
  if (col === undefined || (overrides !== undefined && "account" in overrides)) return null;
  const names = namesColumn(table, map);
  const header = String(table.headers[names ?? col] ?? "");
  const account = String(table.headers[col] ?? "");
  const example = proof(table, col, names, rules);
  if (prior !== header && example === null) return null;
  // A later chunk without an example of its own reads as the first did; the first said it.
  const note =
    example === null
      ? null
      : diag(DIAG.accountChartNames, {
          row: example.row,
          column: account,
          value: example.account,
          args: { example: example.account, name: example.name, names: header },
        });
  return { header, inCell: names === undefined, note };
}

/**
 * The column naming the accounts ("Account Description", "G/L Account Name"), if any: an unmapped
 * one, else the label when it is that column (a journal with no other text).
 */
function namesColumn(table: RawTable, map: Mapping): number | undefined {
  const names = (c: number): boolean => ACCOUNT_NAME.test(normalizeText(String(table.headers[c] ?? "")));
  const label = map.label;
  return (
    unmappedColumns(map, table.headers.length).find(names) ??
    (label !== undefined && names(label) ? label : undefined)
  );
}

/** The first sales name on a class 4–6 number, when no class 7 account says sales; null otherwise. */
function proof(table: RawTable, col: number, names: number | undefined, rules: RuleSet): Example | null {
  const reading = accountNameReading(rules);
  const seen = new Set<string>();
  let example: Example | null = null;
  // Whether an account cell wrote a name after its number: a chart that does, does on every line.
  let named = names !== undefined;
  for (let i = 0; i < table.rows.length && seen.size < MAX_ACCOUNTS; i++) {
    if (!named && i >= BARE_ROWS) return null;
    const row = table.rows[i];
    const raw = cellText(row[col]);
    // Each account once (a ledger repeats a few accounts on every line): looked up before it is read.
    const key = names === undefined ? raw : `${raw}\u0000${cellText(row[names] as CellValue)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const m = NUMBERED_ACCOUNT.exec(raw);
    if (m === null) continue;
    const name = names === undefined ? nameAfterNumber(raw) : cellText(row[names] as CellValue);
    if (name === "") continue;
    named = true;
    const read = reading(name);
    // A PCG sales account (70…) named as such or by words no reading knows ("706000 Prestations de
    // services"): the PCG. A foreign chart's "7000 Interest Income" is read by its name.
    if (m[1].startsWith("70") && read !== "not_revenue" && read !== "decides") return null;
    if (read !== "revenue" || !saysRevenue(name)) continue;
    const cls = m[1][0];
    if (cls === "7") return null;
    if (example === null && NOT_SALES_CLASSES.has(cls))
      example = { row: rowNumberOf(table, i), account: raw, name };
  }
  return example;
}
