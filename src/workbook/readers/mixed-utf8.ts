/**
 * UTF-8 with stray bytes of Windows-1252 (a label or an amount pasted from an older export into a
 * UTF-8 file): every valid UTF-8 character is read as UTF-8 and every byte no valid character holds
 * as the Windows-1252 character it is, not U+FFFD: "Libell\xe9" reads "Libellé", "1\xa0200,00" reads
 * 1 200,00. Separators and line breaks are ASCII, which never belong to a UTF-8 character nor to a
 * stray byte's reading, so decoding a file whole, piece by piece or field by field gives the same text.
 */
import { cp1252Char } from "../../core/cp1252";

/** Text of valid UTF-8 bytes[from, to), a byte order mark kept. */
export type Utf8Slice = (b: Uint8Array, from: number, to: number) => string;

const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });
const defaultSlice: Utf8Slice = (b, from, to) => UTF8.decode(b.subarray(from, to));

/** utf8CharLength: the bytes of a valid character cut by the end of the bytes (they wait for the next ones). */
const CUT = -1;

/**
 * Length of the valid UTF-8 character starting at i (WHATWG's ranges: no overlong form, no
 * surrogate, nothing above U+10FFFF); 0 when the byte starts none; CUT when `to` cuts a valid start.
 */
export function utf8CharLength(b: Uint8Array, i: number, to: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let n: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 2;
    if (c === 0xe0) lower = 0xa0;
    if (c === 0xed) upper = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 3;
    if (c === 0xf0) lower = 0x90;
    if (c === 0xf4) upper = 0x8f;
  } else return 0;
  for (let k = 1; k <= n; k++) {
    if (i + k >= to) return CUT;
    const d = b[i + k];
    if (d < lower || d > upper) return 0;
    lower = 0x80;
    upper = 0xbf;
  }
  return n + 1;
}

/**
 * Text of bytes[from, to): UTF-8, stray bytes read as Windows-1252. With `final` false, a valid
 * character cut by `to` is left for the next bytes: `end` says where it starts.
 */
export function decodeMixedUtf8(
  b: Uint8Array,
  from: number,
  to: number,
  final = true,
  slice: Utf8Slice = defaultSlice,
): { text: string; end: number } {
  let text = "";
  let run = from;
  let i = from;
  while (i < to) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const len = utf8CharLength(b, i, to);
    if (len > 0) {
      i += len;
      continue;
    }
    if (len === CUT && !final) {
      if (i > run) text += slice(b, run, i);
      return { text, end: i };
    }
    // A byte no valid character holds (or a start cut by the end of the file): Windows-1252.
    if (i > run) text += slice(b, run, i);
    text += cp1252Char(b[i]);
    run = ++i;
  }
  if (to > run) text += slice(b, run, to);
  return { text, end: to };
}

/** A field's text: the platform's UTF-8 slice, read again with decodeMixedUtf8 when it holds U+FFFD. */
export function mixedField(slice: Utf8Slice): Utf8Slice {
  return (b, from, to) => {
    const s = slice(b, from, to);
    return s.indexOf("\ufffd") < 0 ? s : decodeMixedUtf8(b, from, to, true, slice).text;
  };
}

/** decodeMixedUtf8 over a file's pieces: a character cut between two pieces comes out with the second; the BOM is dropped. */
export class MixedUtf8Stream {
  private held: Uint8Array = new Uint8Array(0);
  private started = false;

  write(piece: Uint8Array): string {
    const bytes = this.held.length === 0 ? piece : concat(this.held, piece);
    const r = decodeMixedUtf8(bytes, 0, bytes.length, false);
    this.held = bytes.slice(r.end);
    return this.dropBom(r.text);
  }

  end(): string {
    const r = decodeMixedUtf8(this.held, 0, this.held.length, true);
    this.held = new Uint8Array(0);
    return this.dropBom(r.text);
  }

  /** A byte order mark starts only the file's text (U+FEFF can come from no stray byte). */
  private dropBom(text: string): string {
    if (this.started || text === "") return text;
    this.started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
