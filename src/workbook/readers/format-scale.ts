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

/**
 * A unit a format writes after the number: `" k€"`, `\k\€`, `" M€"`, `" kEUR"`, `" k€ HT"`, `"k"` (its
 * currency in a `[$€-40C]` code), `" milliers €"`.
 */
const SHOWN_UNIT =
  /^(?:(k|K|M)\s?(?:€|EUR|eur|euros?)?|(milliers?|millions?)\s*(?:d['’]?\s*)?(?:€|EUR|euros?)?)(?:\s+(?:HT|TTC|H\.T\.))?$/;

/**
 * What each value is worth in currency units by the unit its format writes after it, once the
 * format's own scaling is counted: `#,##0.0" k€"` over 12.5 (typed in thousands) → 1 000;
 * `#,##0.0," k€"` (full euros shown in thousands) → 1; no unit written → 1.
 */
export function unitOfFormat(fmt: string | undefined): number {
  if (fmt === undefined || fmt === "" || fmt === "General") return 1;
  // What the positive section writes after its last digit placeholder and scaling commas, unquoted.
  const first = fmt.split(";")[0].replace(/\[[^\]]*\]/g, "");
  const tail = /[0#?][,\s]*([^0#?]*)$/.exec(first)?.[1] ?? "";
  const m = SHOWN_UNIT.exec(tail.replace(/["\\]/g, "").trim());
  if (m === null) return 1;
  const shown = m[1] === "M" || m[2]?.startsWith("million") === true ? 1_000_000 : 1000;
  return Math.max(1, shown / scaleOfFormat(fmt));
}

/** Per column, what every numeric cell's format does to its value (scaling, unit written), as the reader meets them. */
export class FormatScales {
  /** Column → its numeric cells' common scaling, or 0 once two differ. */
  private readonly seen = new Map<number, number>();
  /** Column → its numeric cells' common written unit (unitOfFormat), or 0 once two differ. */
  private readonly shown = new Map<number, number>();

  note(col: number, fmt: string | undefined): void {
    common(this.seen, col, scaleOfFormat(fmt));
    common(this.shown, col, unitOfFormat(fmt));
  }

  /** The columns whose every numeric cell shows its value divided (factor 1 000 or 1 000 000), or null. */
  scaled(): Map<number, number> | null {
    return above1(this.seen);
  }

  /** The columns whose every numeric cell's format writes the unit its value is in (factor), or null. */
  units(): Map<number, number> | null {
    return above1(this.shown);
  }
}

/** Records a column's value, or 0 once it differs from the one recorded. */
function common(m: Map<number, number>, col: number, v: number): void {
  const prev = m.get(col);
  if (prev === undefined) m.set(col, v);
  else if (prev !== v) m.set(col, 0);
}

/** The entries above 1, or null when none is. */
function above1(m: ReadonlyMap<number, number>): Map<number, number> | null {
  const out = new Map([...m].filter(([, s]) => s > 1));
  return out.size > 0 ? out : null;
}
