/**
 * Bytes to text for CSV and FEC files, and the separator of a delimited header line. Exports come
 * in UTF-8 (with or without BOM), UTF-16 ("Unicode text" from Excel), Windows-1252 or ISO-8859-15.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "iso-8859-15";

/** Text of a file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Bytes that ISO-8859-15 reads as €, Œ, œ where Latin-1 has ¤, ¼, ½ (rare in accounting files). */
const LATIN9_HINTS = [0xa4, 0xbc, 0xbd];

/**
 * Decodes a file: a UTF-16 BOM wins; then UTF-8 when the bytes are valid UTF-8 (BOM dropped);
 * otherwise Windows-1252, or ISO-8859-15 when no 0x80–0x9F byte exists and €/Œ/œ bytes do.
 */
export function decodeText(data: Uint8Array): DecodedText {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return decodeAs(data, "utf-16le");
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return decodeAs(data, "utf-16be");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(data), encoding: "utf-8" };
  } catch {
    return decodeAs(data, singleByteEncoding(data));
  }
}

function decodeAs(data: Uint8Array, encoding: TextEncodingName): DecodedText {
  if (encoding === "windows-1252" || encoding === "iso-8859-15") {
    return { text: decodeSingleByte(data, encoding), encoding };
  }
  return { text: new TextDecoder(encoding).decode(data), encoding };
}

/**
 * Windows-1252 characters at 0x80–0x9F (0 = undefined there, kept as the C1 code point). Node's
 * TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters, losing € and œ;
 * browsers decode them right. Both agree with Latin-1 on 0xA0–0xFF.
 */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
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
  const text = new TextDecoder("windows-1252").decode(data);
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
 */
export function detectSeparator(text: string, start = 0): Separator {
  let fallback: Separator | null = null;
  let counts = new Map<number, number>();
  let inQuotes = false;
  let lines = 0;
  for (let i = start; i <= text.length && lines < SEPARATOR_SAMPLE_LINES; i++) {
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

/** Excel's "sep=;" first line: the separator it declares and where the data starts after it, or null. */
export function declaredSeparator(
  text: string,
  start: number,
): { separator: Separator; next: number } | null {
  const m = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(start, start + 12));
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
