/**
 * Bytes to text for CSV and FEC files, and the separator of a delimited header line. Exports come
 * in UTF-8 (with or without BOM), UTF-16 ("Unicode text" from Excel), Windows-1252 or ISO-8859-15.
 */
import { diag } from "../../core/diagnostics";
import type { Diagnostic } from "../../core/types";
import { Utf8Tracker } from "./bytes";
import { CP1252_80_9F } from "../../core/cp1252";
import { MixedUtf8Stream, utf8CharLength } from "./mixed-utf8";
import { READ_DIAG } from "./read-diagnostics";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "iso-8859-15";

/** Text of a file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** UTF-8 read in spite of invalid bytes (mostlyUtf8): the offset of the first one. */
  mismatchAt?: number;
}

/** Bytes that ISO-8859-15 reads as €, Œ, œ where Latin-1 has ¤, ¼, ½ (rare in accounting files). */
const LATIN9_HINTS = [0xa4, 0xbc, 0xbd];

/**
 * Decodes a file: a UTF-16 BOM (or the zero bytes of UTF-16 without one) wins; then UTF-8 when the bytes are valid UTF-8 (BOM dropped);
 * otherwise Windows-1252, or ISO-8859-15 when no 0x80–0x9F byte exists and €/Œ/œ bytes do.
 */
export function decodeText(data: Uint8Array): DecodedText {
  const bom = bomEncoding(data);
  if (bom) return decodeAs(data, bom);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(data), encoding: "utf-8" };
  } catch {
    if (mostlyUtf8(utf8Census(data, true))) {
      const tracker = new Utf8Tracker();
      tracker.write(data);
      tracker.end();
      const mixed = new MixedUtf8Stream();
      return {
        text: mixed.write(data) + mixed.end(),
        encoding: "utf-8",
        mismatchAt: tracker.mismatchAt,
      };
    }
    return decodeAs(data, singleByteEncoding(data));
  }
}

/** What a file's bytes above 0x7F are as UTF-8: valid multi-byte characters and invalid bytes. */
interface Utf8Census {
  valid: number;
  invalid: number;
}

/**
 * Counts the valid UTF-8 characters of two bytes or more and the bytes that fit no character
 * (`complete`: a character cut at the end is invalid too, else it waits for the next bytes).
 */
function utf8Census(data: Uint8Array, complete: boolean): Utf8Census {
  const out: Utf8Census = { valid: 0, invalid: 0 };
  for (let i = 0; i < data.length;) {
    if (data[i] < 0x80) {
      i++;
      continue;
    }
    const len = utf8CharLength(data, i, data.length);
    if (len > 0) {
      if (plausibleUtf8(data, i, len)) out.valid++;
      i += len;
      continue;
    }
    if (len < 0 && !complete) break;
    out.invalid++;
    i++;
  }
  return out;
}

/** Second bytes of the two-byte characters of Latin Extended-A/B and spacing modifiers that Windows-1252 has (Œœ Šš Ÿ Žž ƒ ˆ ˜). */
const CP1252_PAIRS: ReadonlySet<number> = new Set([
  0xc592, 0xc593, 0xc5a0, 0xc5a1, 0xc5b8, 0xc5bd, 0xc5be, 0xc692, 0xcb86, 0xcb9c,
]);

/**
 * Whether a valid UTF-8 character is one a French or English export writes: Latin-1's (lead C2, C3),
 * Windows-1252's others, or any of three bytes or more (’, €, …). Text in a single-byte encoding
 * makes valid pairs by chance (an "É" before a no-break space or a "»" is C9 A0 / C9 BB: U+0260,
 * U+027B, IPA letters): those do not prove UTF-8.
 */
function plausibleUtf8(data: Uint8Array, i: number, len: number): boolean {
  if (len > 2) return true;
  const lead = data[i];
  return lead === 0xc2 || lead === 0xc3 || CP1252_PAIRS.has((lead << 8) | data[i + 1]);
}

/**
 * A UTF-8 file with stray bytes of another encoding (a label pasted from an old export, a few lines
 * typed on another machine): it holds valid UTF-8 characters of two bytes or more, which text in a
 * single-byte encoding practically never does by chance. Read as UTF-8, the stray bytes read as
 * Windows-1252 (mixed-utf8.ts) and said (encoding_mismatch); read as Windows-1252 whole, every
 * UTF-8 accent would be misread.
 */
function mostlyUtf8(c: Utf8Census): boolean {
  return c.valid > 0;
}

/**
 * The UTF-16 encoding a byte order mark announces, or, without one, that the first bytes show: a
 * header of ASCII characters has a zero byte after (LE) or before (BE) each one. UTF-8 text never
 * holds zero bytes (they decode, as NUL characters: the headers would read "D\0a\0t\0e"). Else null.
 */
function bomEncoding(data: Uint8Array): TextEncodingName | null {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  const n = Math.min(data.length, 64) & ~1;
  if (n < 8) return null;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    le &&= data[i] !== 0 && data[i + 1] === 0;
    be &&= data[i] === 0 && data[i + 1] !== 0;
  }
  return le ? "utf-16le" : be ? "utf-16be" : null;
}

/**
 * The encoding decodeText would pick, decided from the first bytes of a file (`complete` when they
 * are the whole file): a sequence cut at the end of an incomplete sample does not make it non-UTF-8.
 */
export function sniffEncoding(sample: Uint8Array, complete: boolean): TextEncodingName {
  const bom = bomEncoding(sample);
  if (bom) return bom;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: !complete });
    return "utf-8";
  } catch {
    return mostlyUtf8(utf8Census(sample, complete)) ? "utf-8" : singleByteEncoding(sample);
  }
}

function decodeAs(data: Uint8Array, encoding: TextEncodingName): DecodedText {
  if (encoding === "windows-1252" || encoding === "iso-8859-15") {
    return { text: decodeSingleByte(data, encoding), encoding };
  }
  return { text: new TextDecoder(encoding).decode(data), encoding };
}

const C1_RE = /[\u0080-\u009f]/g;
/** ISO-8859-15 differs from Latin-1 at eight bytes: € Š š Ž ž Œ œ Ÿ. */
const LATIN9_CHANGES: Readonly<Record<number, number>> = {
  0xa4: 0x20ac,
  0xa6: 0x0160,
  0xa8: 0x0161,
  0xb4: 0x017d,
  0xb8: 0x017e,
  0xbc: 0x0152,
  0xbd: 0x0153,
  0xbe: 0x0178,
};
const LATIN9_RE = /[\u00a4\u00a6\u00a8\u00b4\u00b8\u00bc\u00bd\u00be]/g;

/**
 * Single-byte text: the platform decoder (fast), then the characters it may get wrong fixed from
 * the tables above, so Node and browsers give the same text.
 */
function decodeSingleByte(data: Uint8Array, encoding: "windows-1252" | "iso-8859-15"): string {
  return fixSingleByte(new TextDecoder("windows-1252").decode(data), encoding);
}

/**
 * Text read as Latin-1 (or by Node's windows-1252 decoder) made the text of `encoding`: the
 * characters the two differ on replaced from the tables above (the byte CSV reader's fields too).
 */
export function fixSingleByte(text: string, encoding: "windows-1252" | "iso-8859-15"): string {
  if (encoding === "windows-1252") {
    return text.replace(C1_RE, (c) =>
      String.fromCharCode(CP1252_80_9F[c.charCodeAt(0) - 0x80] || c.charCodeAt(0)),
    );
  }
  return text.replace(LATIN9_RE, (c) =>
    String.fromCharCode(LATIN9_CHANGES[c.charCodeAt(0)] ?? c.charCodeAt(0)),
  );
}

/** Windows-1252 uses 0x80–0x9F for printable characters (€ is 0x80); ISO-8859-15 never does. */
function singleByteEncoding(data: Uint8Array): TextEncodingName {
  let latin9Hint = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b < 0x80) continue;
    if (b <= 0x9f) return "windows-1252";
    if (!latin9Hint && LATIN9_HINTS.includes(b)) latin9Hint = true;
  }
  return latin9Hint ? "iso-8859-15" : "windows-1252";
}

/** A file's bytes decoded buffer by buffer in the encoding chosen from its first bytes. */
export interface StreamDecoder {
  readonly encoding: TextEncodingName;
  /** Text of the next bytes; a character cut between two buffers comes out with the second one. */
  write(bytes: Uint8Array): string;
  /** The text still held at the end of the file (an incomplete last character). */
  end(): string;
  /**
   * Byte offset from which the bytes stop fitting the chosen encoding (decodeText on the whole file
   * would have read it otherwise); -1 while they fit. Final after end().
   */
  readonly mismatchAt: number;
}

/**
 * A decoder for a file too large to decode at once: the encoding is sniffed from `sample` (its first
 * bytes, `complete` when they are the whole file) as decodeText would, then every byte is decoded
 * incrementally, including the sample's (write it too). Bytes that contradict the choice later on
 * (invalid UTF-8, a Windows-1252-only byte in ISO-8859-15) are decoded anyway and reported by offset.
 */
export function streamDecoder(sample: Uint8Array, complete: boolean): StreamDecoder {
  const encoding = sniffEncoding(sample, complete);
  if (encoding === "utf-8") return new Utf8StreamDecoder(sampleMismatch(sample, complete));
  if (encoding === "windows-1252" || encoding === "iso-8859-15") return new SingleByteStreamDecoder(encoding);
  const decoder = new TextDecoder(encoding);
  return {
    encoding,
    mismatchAt: -1,
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}

/**
 * Where the first invalid byte of a sample read as UTF-8 is (a UTF-8 file with stray bytes:
 * mostlyUtf8), -1 when there is none: known before the file is read, so said with the file's notices.
 */
function sampleMismatch(sample: Uint8Array, complete: boolean): number {
  if (new TextDecoder("utf-8").decode(sample, { stream: !complete }).indexOf("\ufffd") < 0) return -1;
  const tracker = new Utf8Tracker();
  tracker.write(sample);
  if (complete) tracker.end();
  return tracker.mismatchAt;
}

/**
 * UTF-8, non-fatal (stray bytes read as Windows-1252: mixed-utf8.ts); a Utf8Tracker says where the
 * first one is, or the sample already did (`early`).
 */
export class Utf8StreamDecoder implements StreamDecoder {
  readonly encoding = "utf-8";
  private readonly decoder = new MixedUtf8Stream();
  private readonly tracker = new Utf8Tracker();

  constructor(readonly early = -1) {}

  get mismatchAt(): number {
    return this.early >= 0 ? this.early : this.tracker.mismatchAt;
  }

  write(bytes: Uint8Array): string {
    this.tracker.write(bytes);
    return this.decoder.write(bytes);
  }

  end(): string {
    this.tracker.end();
    return this.decoder.end();
  }
}

/**
 * Windows-1252 / ISO-8859-15, stateless per byte. Follows the bytes decodeText's choice depends on
 * (0x80–0x9F anywhere, else €/Œ/œ bytes) to tell when the whole file would have been read otherwise.
 */
export class SingleByteStreamDecoder implements StreamDecoder {
  mismatchAt = -1;
  private offset = 0;
  private c1Seen = false;
  private latin9HintAt = -1;

  constructor(readonly encoding: "windows-1252" | "iso-8859-15") {}

  write(bytes: Uint8Array): string {
    this.track(bytes);
    return decodeSingleByte(bytes, this.encoding);
  }

  /** Follows the next bytes as write does, without decoding them (the byte CSV reader decodes fields). */
  track(bytes: Uint8Array): void {
    if (!this.c1Seen) this.scan(bytes);
    this.offset += bytes.length;
  }

  end(): string {
    // No 0x80–0x9F byte anywhere and a €/Œ/œ byte somewhere: the whole file reads as ISO-8859-15.
    if (this.encoding === "windows-1252" && !this.c1Seen && this.latin9HintAt >= 0 && this.mismatchAt < 0)
      this.mismatchAt = this.latin9HintAt;
    return "";
  }

  private scan(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b < 0x80) continue;
      if (b <= 0x9f) {
        this.c1Seen = true;
        if (this.encoding === "iso-8859-15") this.mismatchAt = this.offset + i;
        return;
      }
      if (this.latin9HintAt < 0 && LATIN9_HINTS.includes(b)) this.latin9HintAt = this.offset + i;
    }
  }
}

/** The info diagnostic saying a file was not UTF-8 and how it was read; null for UTF-8. */
export function encodingNotice(encoding: TextEncodingName): Diagnostic | null {
  if (encoding === "utf-8") return null;
  return diag(READ_DIAG.encoding, {
    row: 0,
    column: "",
    value: "",
    args: { encoding: ENCODING_NAMES[encoding] },
  });
}

/** The encoding_mismatch warning: bytes from `offset` on do not fit the encoding the file is read in. */
export function mismatchNotice(encoding: TextEncodingName, offset: number): Diagnostic {
  return diag(encoding === "utf-8" ? READ_DIAG.encodingStrayBytes : READ_DIAG.encodingMismatch, {
    row: 0,
    column: "",
    value: "",
    args: { encoding: ENCODING_NAMES[encoding], offset },
  });
}

/** Human name of an encoding, for messages. */
export const ENCODING_NAMES: Record<TextEncodingName, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  "windows-1252": "Windows-1252",
  "iso-8859-15": "ISO-8859-15",
};

/** Separators in preference order when two are equally frequent. */
export const SEPARATORS = [";", "\t", "|", ","] as const;
export type Separator = (typeof SEPARATORS)[number];

/** Lines looked at to decide the separator. */
const SEPARATOR_SAMPLE_LINES = 30;

/**
 * The separator of a delimited file: the most frequent of `; tab | ,` outside double quotes on the
 * header line — the first line where one of them occurs at least twice (three fields or more), so a
 * title line above the header does not decide. Else the first line where one occurs; else ";".
 * With `complete` false the text is only the file's beginning: null when more text could change it.
 */
export function detectSeparator(text: string, start?: number): Separator;
export function detectSeparator(text: string, start: number, complete: boolean): Separator | null;
export function detectSeparator(text: string, start = 0, complete = true): Separator | null {
  let fallback: Separator | null = null;
  let counts = new Map<number, number>();
  let inQuotes = false;
  let lines = 0;
  for (let i = start; i <= text.length && lines < SEPARATOR_SAMPLE_LINES; i++) {
    if (i === text.length && !complete) return null;
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x22) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 0x0a || c === 0x0d)) {
      const best = mostFrequent(counts);
      if (best && (counts.get(best.charCodeAt(0)) ?? 0) >= 2) return best;
      fallback ??= best;
      counts = new Map();
      lines++;
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (!inQuotes && SEPARATOR_CODES.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return fallback ?? ";";
}

/** The separator occurring most in one line (preference order on ties), null when none occurs. */
function mostFrequent(counts: ReadonlyMap<number, number>): Separator | null {
  let best: Separator | null = null;
  let bestCount = 0;
  for (const s of SEPARATORS) {
    const n = counts.get(s.charCodeAt(0)) ?? 0;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

const SEPARATOR_CODES = new Set(SEPARATORS.map((s) => s.charCodeAt(0)));

/** Characters of the first line looked at for Excel's "sep=;" line. */
export const DECLARED_SEPARATOR_CHARS = 12;

/** Excel's "sep=;" first line: the separator it declares and where the data starts after it, or null. */
export function declaredSeparator(
  text: string,
  start: number,
): { separator: Separator; next: number } | null {
  const m = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(start, start + DECLARED_SEPARATOR_CHARS));
  if (!m) return null;
  const sep = SEPARATORS.find((s) => s === m[1]);
  return sep ? { separator: sep, next: start + m[0].length } : null;
}

/** Index of the first character of the first line that is not blank (skips leading empty lines). */
export function firstContentIndex(text: string): number {
  let i = 0;
  let lineStart = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) lineStart = i + 1;
    else if (c !== 0x20 && c !== 0x09) return lineStart;
    i++;
  }
  return text.length;
}

/** Counts line breaks (CRLF, LF or CR) in text[from, to): the row offset of a skipped prefix. */
export function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d) {
      n++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return n;
}
