/**
 * A kit (Sage 100's nomenclature commerciale, a pack) printed as its parent line followed by its
 * component lines: a line-type column saying Nomenclature / Composé then Composant, or an "Article
 * parent" column filled on the components. Which line carries the money is proven by the amounts:
 * when the components add up to their priced parent, they detail it and are set apart (else the kit
 * is counted twice); a parent at 0 leaves its priced components the sale. Components that do not add
 * up to their priced parent prove nothing: all are counted, and said.
 */
import Decimal from "decimal.js";
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { lineContribution } from "../lines";
import type { EngineResult } from "../result";

/** A line-type value of a kit's parent (Sage 100 "Nomenclature", its xlsx "Composé"). */
const PARENT_VALUES: ReadonlySet<string> = new Set(
  [
    "Nomenclature",
    "Nomenclature commerciale",
    "Composé",
    "Article composé",
    "Kit",
    "Parent",
    "Kit parent",
  ].map(normalizeText),
);

/** A line-type value of a kit's component. */
const COMPONENT_VALUES: ReadonlySet<string> = new Set(
  ["Composant", "Composante", "Component", "Kit component"].map(normalizeText),
);

/** A column naming each component's parent article ("Article parent", "Parent item", "Réf. parent", "Kit parent"). */
const PARENT_HEADER =
  /\b(?:article|produit|product|item|ref|reference|code|kit|sku|nomenclature)\b.*\bparent\b|\bparent\b.*\b(?:article|produit|product|item|ref|reference|code|kit|sku)\b/;

/** One kit: its parent row and its component rows. */
interface Kit {
  parent: number;
  components: number[];
}

/** The rows set apart (components detailing their parent) and what is said. */
export interface KitRows {
  rows: Set<number>;
  diagnostics: Diagnostic[];
}

/** A line-type column holds few values: past this many distinct ones a column is no marker. */
const MAX_MARKER_VALUES = 50;

/** Headers a line-type column goes by ("Type ligne", "Nomenclature", "Type article", "Niveau"). */
const MARKER_HEADER =
  /\b(?:type|types|typ|nomenclature|nature|kit|kits|composition|compose|ligne|line|article|structure|niveau|level)\b/;

/** A column whose values mark parents and components (one of each at least), or -1. */
function markerColumn(table: RawTable): number {
  for (let col = 0; col < table.headers.length; col++) {
    // Only under a line-type header: a file's other columns are never read row by row for it.
    if (!MARKER_HEADER.test(normalizeText(table.headers[col] ?? ""))) continue;
    let parents = false;
    let components = false;
    const seen = new Set<string>();
    for (const row of table.rows) {
      const text = cellText(row?.[col]);
      if (seen.has(text)) continue;
      seen.add(text);
      if (seen.size > MAX_MARKER_VALUES) break;
      const n = normalizeText(text);
      parents ||= PARENT_VALUES.has(n);
      components ||= COMPONENT_VALUES.has(n);
      if (parents && components) return col;
    }
  }
  return -1;
}

/** Kits by a marker column: a parent row, then the component rows right below it. */
function kitsByMarker(table: RawTable, col: number): Kit[] {
  const kits: Kit[] = [];
  let kit: Kit | null = null;
  for (let i = 0; i < table.rows.length; i++) {
    if (table.notLines?.has(i)) continue;
    const n = normalizeText(cellText(table.rows[i]?.[col]));
    if (kit !== null && COMPONENT_VALUES.has(n)) kit.components.push(i);
    else if (PARENT_VALUES.has(n)) kits.push((kit = { parent: i, components: [] }));
    else kit = null;
  }
  return kits;
}

/**
 * Kits by a parent-reference column: a row with it blank, then the rows right below naming that
 * row's article (one of its cells, its product or its reference) as their parent.
 */
function kitsByParentColumn(table: RawTable, col: number): Kit[] {
  const kits: Kit[] = [];
  let kit: Kit | null = null;
  for (let i = 0; i < table.rows.length; i++) {
    if (table.notLines?.has(i)) continue;
    const ref = table.rows[i]?.[col];
    if (isBlank(ref)) {
      kit = { parent: i, components: [] };
      kits.push(kit);
      continue;
    }
    const name = normalizeText(cellText(ref));
    const parent = kit === null ? [] : (table.rows[kit.parent] ?? []);
    if (kit !== null && parent.some((c) => normalizeText(cellText(c)) === name)) kit.components.push(i);
    else kit = null;
  }
  return kits.filter((k) => k.components.length > 0);
}

/** The table's kits: by a marker column, else by a parent-reference column; none without either. */
function kitsOf(table: RawTable, map: Mapping): { kits: Kit[]; col: number } | null {
  const marker = markerColumn(table);
  if (marker >= 0) return { kits: kitsByMarker(table, marker), col: marker };
  const col = table.headers.findIndex((h) => PARENT_HEADER.test(normalizeText(h ?? "")));
  if (col < 0 || Object.values(map).includes(col)) return null;
  return { kits: kitsByParentColumn(table, col), col };
}

/**
 * The component rows of kits whose priced parent their amounts add up to, from the engine's first
 * pass (`result`): set apart, said once with their count; kits whose components add up to something
 * else are counted whole and said. Null without kits.
 */
export function kitComponentRows(result: EngineResult, table: RawTable, map: Mapping): KitRows | null {
  const found = kitsOf(table, map);
  if (found === null) return null;
  const rows: number[] = [];
  const counted: Diagnostic[] = [];
  const amount = (i: number): Decimal =>
    result.lines.classification[i] < 0 ? new Decimal(0) : lineContribution(result, i);
  for (const kit of found.kits) {
    const price = amount(kit.parent);
    const sum = kit.components.reduce((s, i) => s.plus(amount(i)), new Decimal(0));
    if (price.isZero() || sum.isZero()) continue;
    if (sum.eq(price)) rows.push(...kit.components);
    else if (counted.length === 0) counted.push(kitNote(table, found.col, kit, price, sum));
  }
  if (rows.length === 0 && counted.length === 0) return null;
  const column = table.headers[found.col] ?? "";
  const detailed =
    rows.length === 0
      ? []
      : [
          diag(DIAG.kitComponents, {
            row: rowNumberOf(table, rows[0]),
            column,
            value: cellText(table.rows[rows[0]]?.[found.col]),
            args: { count: rows.length },
          }),
        ];
  return { rows: new Set(rows), diagnostics: [...detailed, ...counted] };
}

/** The warning that a kit's priced components do not add up to its price: both counted. */
function kitNote(table: RawTable, col: number, kit: Kit, price: Decimal, sum: Decimal): Diagnostic {
  return diag(DIAG.kitComponentsCounted, {
    row: rowNumberOf(table, kit.parent),
    column: table.headers[col] ?? "",
    value: cellText(table.rows[kit.parent]?.[col]),
    args: { price: price.toFixed(2), sum: sum.toFixed(2) },
  });
}
