/**
 * The scaling a workbook cell's number format applies to what it shows: commas after the last digit
 * placeholder divide by 1 000 each (`#,##0,` shows 1 234 567 as 1 235, `#,##0.0,,` in millions). A
 * controller's sheet headed "CA (k€)" often holds full euros shown in thousands this way: the cells
 * are not thousands, and the header's unit must not scale them again (evidence/columns.ts).
 */

/** What the format divides a value by for display: 1, 1 000 or 1 000 000. */
export function scaleOfFormat(fmt: string | undefined): number {
  if (fmt === undefined || fmt === "" || fmt === "General") return 1;
  // Only the positive section speaks; quoted text, escaped characters and [codes] are not placeholders.
  const first = fmt
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  const m = /[0#?](,+)[^0#?]*$/.exec(first);
  if (m === null) return 1;
  return m[1].length >= 2 ? 1_000_000 : 1000;
}

/** Per column, the scaling shared by every numeric cell's format, as the reader meets them. */
export class FormatScales {
  /** Column → its numeric cells' common scaling, or 0 once two differ. */
  private readonly seen = new Map<number, number>();

  note(col: number, fmt: string | undefined): void {
    const scale = scaleOfFormat(fmt);
    const prev = this.seen.get(col);
    if (prev === undefined) this.seen.set(col, scale);
    else if (prev !== scale) this.seen.set(col, 0);
  }

  /** The columns whose every numeric cell shows its value divided (factor 1 000 or 1 000 000), or null. */
  scaled(): Map<number, number> | null {
    const out = new Map([...this.seen].filter(([, s]) => s > 1));
    return out.size > 0 ? out : null;
  }
}
