/**
 * What the byte-level CSV reader needs besides the scanner (scan-bytes.ts): turning byte ranges into
 * strings (fast on Node through Buffer, portable elsewhere), following UTF-8 validity piece by piece
 * exactly as the streaming text decoder reports it, and a growable buffer of the bytes not yet split.
 */

/** Strings from byte ranges: the platform's fastest way (Node passes Buffer's; browsers get TextDecoder). */
export interface ByteText {
  /** Text of bytes[from, to) read as Latin-1 (one character per byte). */
  latin1(bytes: Uint8Array, from: number, to: number): string;
  /** Text of bytes[from, to) read as UTF-8, invalid bytes as U+FFFD as TextDecoder reads them, BOM kept. */
  utf8(bytes: Uint8Array, from: number, to: number): string;
  /** True when the bytes are valid UTF-8 (optional fast check; without it a JS loop decides). */
  isUtf8?(bytes: Uint8Array): boolean;
  /** A new byte buffer (Node: a Buffer, whose slices the two functions above read fastest). */
  alloc?(size: number): Uint8Array;
}

/** Characters per String.fromCharCode call (the argument count stays far under engine limits). */
const FROM_CHAR_CODE_SPAN = 4096;

/** ByteText for any JavaScript platform (browsers): String.fromCharCode and TextDecoder. */
export function portableByteText(): ByteText {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return {
    latin1: (bytes, from, to) => {
      let s = "";
      for (let i = from; i < to; i += FROM_CHAR_CODE_SPAN) {
        const part = bytes.subarray(i, Math.min(to, i + FROM_CHAR_CODE_SPAN));
        s += String.fromCharCode.apply(null, part as unknown as number[]);
      }
      return s;
    },
    // Short values (amounts, labels) in JS: a TextDecoder call per value costs more than its work.
    utf8: (bytes, from, to) =>
      (to - from <= SHORT_UTF8 ? shortUtf8(bytes, from, to) : null) ??
      decoder.decode(bytes.subarray(from, to)),
  };
}

/** Longest value decoded by shortUtf8. */
const SHORT_UTF8 = 64;
const codes: number[] = [];

/**
 * UTF-8 of 1 to 3 bytes per character (the Basic Multilingual Plane), valid only: the text, or null
 * for anything else (4-byte characters, invalid bytes) left to TextDecoder.
 */
function shortUtf8(b: Uint8Array, from: number, to: number): string | null {
  codes.length = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c < 0x80) codes.push(c);
    else if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 >= to || (b[i + 1] & 0xc0) !== 0x80) return null;
      codes.push(((c & 0x1f) << 6) | (b[++i] & 0x3f));
    } else if (c >= 0xe0 && c <= 0xef) {
      if (i + 2 >= to || (b[i + 1] & 0xc0) !== 0x80 || (b[i + 2] & 0xc0) !== 0x80) return null;
      const cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      // Overlong forms and surrogates are invalid UTF-8.
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      codes.push(cp);
      i += 2;
    } else return null;
  }
  return String.fromCharCode.apply(null, codes);
}

/**
 * UTF-8 validity followed byte by byte as the WHATWG decoder reads it (TextDecoder, non-fatal,
 * streaming): where the first error is, and how many bytes at the end of a piece the decoder holds
 * back (a character cut between two pieces). Gives Utf8StreamDecoder's and decodeText's mismatchAt
 * without decoding the text, the same however the file is cut in pieces.
 */
export class Utf8Tracker {
  /** Offset of the first byte at which the decoder meets an error; -1 while none. */
  mismatchAt = -1;
  /** Bytes held at the end of the last piece: the start of a character not complete yet. */
  held = 0;
  private offset = 0;
  private needed = 0;
  private lower = 0x80;
  private upper = 0xbf;

  constructor(private readonly isUtf8?: (bytes: Uint8Array) => boolean) {}

  /** Follows the next piece of the file. */
  write(bytes: Uint8Array): void {
    let i = 0;
    // The first error's index in this piece (-1: none; negative below -1: in the previous piece).
    let error = NONE;
    // Finish a character cut by the previous piece, byte by byte.
    for (; this.needed > 0 && i < bytes.length; i++) error = firstError(error, i, this.step(bytes[i]));
    if (error < 0 && this.isUtf8 && i < bytes.length) {
      const cut = incompleteTail(bytes, i);
      if (this.isUtf8(bytes.subarray(i, cut))) i = cut;
    }
    for (; i < bytes.length; i++) {
      const b = bytes[i];
      if (b < 0x80 && this.needed === 0) continue;
      error = firstError(error, i, this.step(b));
    }
    if (error !== NONE && this.mismatchAt < 0) this.mismatchAt = this.offset + error;
    this.offset += bytes.length;
  }

  /** End of the file: a character left incomplete is an error there. */
  end(): void {
    if (this.needed > 0 && this.mismatchAt < 0) this.mismatchAt = this.offset - this.held;
    this.needed = 0;
    this.held = 0;
  }

  /**
   * One byte through the decoder's state: -1, or, when it makes the decoder emit U+FFFD, how many
   * bytes before it the invalid sequence starts (0: this byte).
   */
  private step(b: number): number {
    if (this.needed > 0) {
      if (b >= this.lower && b <= this.upper) {
        this.lower = 0x80;
        this.upper = 0xbf;
        this.held++;
        if (this.held === this.needed + 1) this.needed = this.held = 0;
        return -1;
      }
      // The byte ends the cut character with an error, then is read again from the start.
      const back = this.held;
      this.needed = this.held = 0;
      this.lower = 0x80;
      this.upper = 0xbf;
      this.step(b);
      return back;
    }
    if (b < 0x80) return -1;
    if (b >= 0xc2 && b <= 0xdf) this.needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      if (b === 0xe0) this.lower = 0xa0;
      if (b === 0xed) this.upper = 0x9f;
      this.needed = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (b === 0xf0) this.lower = 0x90;
      if (b === 0xf4) this.upper = 0x8f;
      this.needed = 3;
    } else return 0;
    this.held = 1;
    return -1;
  }
}

/** No error in a piece (Utf8Tracker.write). */
const NONE = Number.MIN_SAFE_INTEGER;

/** The first error of a piece so far, given step's answer for its byte `i`. */
function firstError(error: number, i: number, back: number): number {
  return error !== NONE || back < 0 ? error : i - back;
}

/**
 * Where the last character of bytes[from, end) starts when the bytes end before it is complete
 * (its lead byte within the last three bytes), else bytes.length. The bytes before are checked
 * whole; the tail goes through the byte-by-byte state.
 */
function incompleteTail(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  for (let j = n - 1; j >= Math.max(from, n - 3); j--) {
    const b = bytes[j];
    if (b < 0x80) return n;
    if (b >= 0xc0) return j;
  }
  return n;
}

/** A growable byte buffer: the bytes of a file not split into records yet. */
export class ByteQueue {
  bytes: Uint8Array;
  length = 0;

  constructor(private readonly alloc: (size: number) => Uint8Array) {
    this.bytes = alloc(1 << 16);
  }

  /** Appends bytes at the end, growing the buffer when needed. */
  push(part: Uint8Array): void {
    const need = this.length + part.length;
    if (need > this.bytes.length) {
      let size = this.bytes.length;
      while (size < need) size *= 2;
      const grown = this.alloc(size);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(part, this.length);
    this.length = need;
  }

  /** Drops the first `count` bytes. */
  shift(count: number): void {
    if (count <= 0) return;
    this.bytes.copyWithin(0, count, this.length);
    this.length -= count;
  }
}

/** The pieces as one byte array (the piece itself when there is one). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
