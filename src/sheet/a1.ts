/**
 * A1 addresses for plans: column letters, cell and range addresses, sheet references quoted the
 * way Excel's invariant formulas want them ('Tableau de bord CA OP'!$B$5).
 */

/** Column letters of a 1-based column number: 1 → "A", 28 → "AB". */
export function colLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based column number of column letters: "AB" → 28. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A cell address, relative or absolute: a1(5, 2) → "B5", a1(5, 2, true) → "$B$5". */
export function a1(row: number, col: number, absolute = false): string {
  return absolute ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
}

/** A range address "B5:B16" (absolute with $ when asked). */
export function range(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  return `${a1(r1, c1, absolute)}:${a1(r2, c2, absolute)}`;
}

/** A sheet name as formulas and links write it: always quoted, quotes doubled ('L''usine'). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A range on another sheet: 'Ventes'!$K$2:$K$90. */
export function qualified(sheet: string, address: string): string {
  return `${sheetRef(sheet)}!${address}`;
}

/** Parses "B5" or "$B$5" into 1-based row and column. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`adresse de cellule invalide : ${address}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** Parses "B5:D16" (or a single cell) into 1-based corners. */
export function parseRange(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b] = address.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

/** Splits "'Ventes'!A1:H50" or "Ventes!A1:H50" into sheet and address; no "!" gives no sheet. */
export function splitQualified(ref: string): { sheet?: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { address: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1) };
}
