/**
 * A workbook plan: what the product wants written into a workbook, as plain data. The dashboard,
 * detail, QC and tagging builders produce plans; workbook hosts (memory, ExcelJS file, Office.js)
 * apply them. No Office call here, no host knowledge: every host reads the same plan.
 *
 * Cells are 1-based (row 1 = first row, col 1 = column A). Ranges are A1 addresses local to the sheet.
 */

/** A plain cell value. A string is ALWAYS text: hosts never let it become a formula (`=HYPERLINK(…)`, `+33…`). */
export type PlanScalar = string | number | boolean | null;

/** A live formula in Excel's invariant (English) form, with the engine's value for hosts that show or cache one. */
export interface PlanFormula {
  /** "=SUMIFS('Ventes'!$K$2:$K$90,'Ventes'!$L$2:$L$90,$J5)": native functions only, Excel 2016 compatible. */
  formula: string;
  /** The value the engine computed for this cell (a number, or "n/d"); used by the memory host and tests. */
  value?: number | string;
}

/** A cell holding a link to a place in the workbook ("Voir détail onglet" → 'CA OP par commercial'!B4). */
export interface PlanLink {
  text: string;
  link: { sheet: string; cell: string };
}

/** One cell of a plan. */
export type PlanCell = PlanScalar | PlanFormula | PlanLink;

/** A rectangle of cells written at (row, col): cells[r][c] goes to (row + r, col + c). */
export interface CellBlock {
  row: number;
  col: number;
  cells: PlanCell[][];
}

/** Cell style, the small set every host can render. Colours are "#RRGGBB". */
export interface PlanStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on these sides. */
  border?: readonly ("top" | "bottom" | "left" | "right")[];
}

/** Number format and/or style over a range. Formats use invariant codes (`#,##0 "€"`); Excel shows them in the user's locale. */
export interface FormatOp {
  range: string;
  numberFormat?: string;
  style?: PlanStyle;
}

/** Width and visibility of one column (width in Excel character units); a hidden column is not printed either. */
export interface ColumnOp {
  col: number;
  width?: number;
  hidden?: boolean;
}

/** A conditional format: a comparison with constants, or a formula relative to the range's top-left cell. */
export interface ConditionalFormat {
  range: string;
  rule:
    | { type: "cellIs"; operator: "lessThan" | "greaterThan" | "equal" | "between"; values: number[] }
    | { type: "formula"; formula: string };
  style: PlanStyle;
}

/** A chart (hosts that cannot draw charts say so in their result). */
export interface ChartSpec {
  type: "line" | "column";
  title: string;
  /** Category labels range ("A5:A16"). */
  categories: string;
  series: { name: string; values: string }[];
  /** Top-left cell and size in cells. */
  anchor: { cell: string; cols: number; rows: number };
}

/** A list validation (drop-down) on a range. */
export interface ValidationSpec {
  range: string;
  list: string[];
  prompt?: string;
}

/** A note (comment) on a cell. */
export interface NoteSpec {
  cell: string;
  text: string;
}

/** Print layout: one page wide is what accountants expect. */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  fitToWidth: number;
  /** 0 = as many pages tall as needed. */
  fitToHeight: number;
  printArea?: string;
  /** Rows repeated at the top of each page ("4:4"). */
  printTitleRows?: string;
}

/**
 * One sheet of a plan.
 * - `product` sheets belong to the product: a host clears them and writes them whole; they carry a
 *   mark (`key`) so a later run finds them again, even renamed.
 * - `data` sheets belong to the user: a host writes only the cells of `ownedColumns` (the tagging
 *   columns) and refuses anything else.
 */
export interface SheetPlan {
  /** Stable product key: "dashboard", "detail:salesperson", "qc:2025-Q1", "data". */
  key: string;
  /** Final sheet name (clashes already resolved by the builder). */
  name: string;
  role: "product" | "data";
  /** For `data` sheets: the 1-based columns the product owns; every block must stay inside them. */
  ownedColumns?: number[];
  /** For `data` sheets: owned cells from this row down are cleared before writing (stale tags of removed lines). */
  ownedFromRow?: number;
  blocks: CellBlock[];
  formats: FormatOp[];
  merges: string[];
  columns: ColumnOp[];
  /** Row heights in points (header rows whose titles wrap). */
  rowHeights: { row: number; height: number }[];
  /** Helper rows hidden from view, and so from print (Excel and LibreOffice never print hidden rows). */
  hiddenRows: number[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  validations: ValidationSpec[];
  notes: NoteSpec[];
  print?: PrintSetup;
  tabColor?: string;
}

/** A message for the user about the plan (name clash, feature a host cannot render…), FR and EN. */
export interface PlanMessage {
  level: "info" | "warning";
  code: string;
  fr: string;
  en: string;
}

/** Everything to write, in order. `activate` names the sheet to show at the end. */
export interface WorkbookPlan {
  sheets: SheetPlan[];
  messages: PlanMessage[];
  activate?: string;
}

/** An empty sheet plan, for builders to fill. */
export function emptySheet(key: string, name: string, role: SheetPlan["role"] = "product"): SheetPlan {
  return {
    key,
    name,
    role,
    blocks: [],
    formats: [],
    merges: [],
    columns: [],
    rowHeights: [],
    hiddenRows: [],
    conditionalFormats: [],
    charts: [],
    validations: [],
    notes: [],
  };
}

/** True for a formula cell of a plan. */
export function isFormula(c: PlanCell): c is PlanFormula {
  return typeof c === "object" && c !== null && "formula" in c;
}

/** True for a link cell of a plan. */
export function isLink(c: PlanCell): c is PlanLink {
  return typeof c === "object" && c !== null && "link" in c;
}
