/**
 * One sheet of the in-memory workbook as a grid (column letters, row numbers, values as Excel would
 * show them; formulas in the cell's tooltip), a page of rows at a time.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useState, type CSSProperties } from "react";
import { colLetter } from "../../sheet/a1";
import { useI18n } from "../i18n";
import type { MemoryCell, MemorySheet } from "../../workbook/memory";
import { cellDisplay } from "./format";

/** Rows shown at a time: a whole dashboard (a larger page is a longer layout at every write). */
const PAGE = 100;

/** Width of a column in pixels from its Excel width in characters (default 8.43, as in Excel). */
function columnPixels(sheet: MemorySheet, col: number): number {
  const chars = sheet.columns.get(col)?.width ?? 10;
  return Math.round(chars * 7 + 10);
}

/** Number of columns of a sheet's grid (rows may be holes: the grid is sparse). */
export function sheetWidth(sheet: MemorySheet): number {
  let w = 1;
  for (let r = 0; r < sheet.grid.length; r++) w = Math.max(w, sheet.grid[r]?.length ?? 0);
  return w;
}

const useStyles = makeStyles({
  wrap: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: "#ffffff", color: "#1f1f1f" },
  table: {
    borderCollapse: "collapse",
    fontSize: "12px",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: "#f0f0f0",
    border: "1px solid #d0d0d0",
    fontWeight: 400,
    padding: "1px 6px",
    color: "#404040",
  },
  rowHead: {
    backgroundColor: "#f0f0f0",
    border: "1px solid #d0d0d0",
    padding: "1px 6px",
    textAlign: "right",
    fontWeight: 400,
    color: "#404040",
  },
  cell: {
    border: "1px solid #e3e3e3",
    padding: "1px 6px",
    whiteSpace: "nowrap",
    maxWidth: "28em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  num: { textAlign: "right" },
  spill: { overflow: "visible", textOverflow: "clip" },
  formula: { backgroundColor: "#f3f9ff" },
  link: { color: "#0b57d0", textDecorationLine: "underline" },
  pager: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: tokens.spacingVerticalXS,
  },
});

/** Class and inline style of a cell: numbers right, formulas tinted, links underlined, the cell's own style. */
function cellLook(
  s: ReturnType<typeof useStyles>,
  cell: MemoryCell | undefined,
  next: MemoryCell | undefined,
  sized: boolean,
): { className: string; style: CSSProperties | undefined } {
  const cls = [s.cell];
  if (typeof cell?.value === "number") cls.push(s.num);
  if (cell?.formula) cls.push(s.formula);
  if (cell?.link) cls.push(s.link);
  // Text runs over empty cells on its right, as in Excel.
  const nextValue = next?.value;
  if (
    sized &&
    typeof cell?.value === "string" &&
    (nextValue === null || nextValue === undefined || nextValue === "")
  ) {
    cls.push(s.spill);
  }
  const style = cell?.style
    ? {
        fontWeight: cell.style.bold ? 700 : undefined,
        fontStyle: cell.style.italic ? "italic" : undefined,
        color: cell.style.fontColor,
        backgroundColor: cell.style.fill,
      }
    : undefined;
  return { className: cls.join(" "), style };
}

/** The pager above a long sheet: previous, "first–last / rows", next. */
function Pager(props: {
  first: number;
  last: number;
  rows: number;
  onPrevious: () => void;
  onNext: () => void;
}): JSX.Element {
  const s = useStyles();
  const { t } = useI18n();
  return (
    <div className={s.pager}>
      <Button
        size="small"
        disabled={props.first === 0}
        onClick={props.onPrevious}
        aria-label={t.playground.previous}
      >
        ‹
      </Button>
      <span>
        {props.first + 1}–{props.last} / {props.rows}
      </span>
      <Button
        size="small"
        disabled={props.last >= props.rows}
        onClick={props.onNext}
        aria-label={t.playground.next}
      >
        ›
      </Button>
    </div>
  );
}

/** The grid of one sheet; `version` changes when the workbook was written (the sheet is mutated in place). */
export const SheetGrid = memo(function SheetGrid({
  sheet,
}: {
  sheet: MemorySheet;
  version: number;
}): JSX.Element {
  const s = useStyles();
  const [page, setPage] = useState(0);
  const rows = sheet.grid.length;
  // Hidden columns (the dashboard's helper keys) are not shown, as in Excel.
  const cols = Array.from({ length: sheetWidth(sheet) }, (_x, c) => c).filter(
    (c) => !sheet.columns.get(c + 1)?.hidden,
  );
  // Sheets the product wrote carry column widths: shown at those widths, like Excel; user data sizes itself.
  const sized = sheet.columns.size > 0 && sheet.productKey !== undefined;
  const pages = Math.max(1, Math.ceil(rows / PAGE));
  const first = Math.min(page, pages - 1) * PAGE;
  const last = Math.min(rows, first + PAGE);
  const body = [];
  for (let r = first; r < last; r++) {
    const line = sheet.grid[r] ?? [];
    body.push(
      <tr key={r}>
        <th scope="row" className={s.rowHead}>
          {r + 1}
        </th>
        {cols.map((c) => {
          const cell = line[c];
          const look = cellLook(s, cell, line[c + 1], sized);
          return (
            <td key={c} className={look.className} style={look.style} title={cell?.formula ?? undefined}>
              {cellDisplay(cell)}
            </td>
          );
        })}
      </tr>,
    );
  }
  return (
    <>
      {pages > 1 && (
        <Pager
          first={first}
          last={last}
          rows={rows}
          onPrevious={() => setPage(page - 1)}
          onNext={() => setPage(page + 1)}
        />
      )}
      <div className={s.wrap} tabIndex={0} role="region" aria-label={sheet.name}>
        <table
          className={s.table}
          style={
            sized
              ? {
                  tableLayout: "fixed",
                  width: `${40 + cols.reduce((w, c) => w + columnPixels(sheet, c + 1), 0)}px`,
                }
              : undefined
          }
          data-testid={`grid-${sheet.name}`}
        >
          {sized && (
            <colgroup>
              <col style={{ width: "40px" }} />
              {cols.map((c) => (
                <col key={c} style={{ width: `${columnPixels(sheet, c + 1)}px` }} />
              ))}
            </colgroup>
          )}
          <caption style={{ position: "absolute", left: "-9999px" }}>{sheet.name}</caption>
          <thead>
            <tr>
              <th scope="col" className={s.head}>
                <span style={{ position: "absolute", left: "-9999px" }}>#</span>
              </th>
              {cols.map((c) => (
                <th key={c} scope="col" className={s.head}>
                  {colLetter(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </>
  );
});
