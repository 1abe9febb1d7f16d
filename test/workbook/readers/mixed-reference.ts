import fc from "fast-check";
/**
 * The reference reading of UTF-8 with stray bytes, written apart from mixed-utf8.ts: at each byte,
 * the 2-to-4-byte span a fatal TextDecoder reads as one character, else the byte in Windows-1252.
 */
/** Bytes that make every kind of UTF-8 sequence: valid, cut, overlong, surrogate, out of range, U+FFFD written. */
export const utf8ish = fc
  .array(
    fc.constantFrom(
      [0x41],
      [0x0a],
      [0xc3, 0xa9],
      [0xc2, 0xa0],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xef, 0xbf, 0xbd],
      [0xc3],
      [0xe2, 0x82],
      [0xf0, 0x9f],
      [0x80],
      [0xbf],
      [0xc0, 0x80],
      [0xe0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90],
      [0xff],
    ),
    { maxLength: 50 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

const FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** Windows-1252 at 0x80–0x9F (its undefined bytes kept as the C1 code points). */
const C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function mixedReference(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let len = 0;
    for (let n = 2; n <= 4 && i + n <= bytes.length && len === 0; n++) {
      try {
        if ([...FATAL.decode(bytes.subarray(i, i + n))].length === 1) len = n;
      } catch {
        // not one character of n bytes
      }
    }
    if (len > 0) {
      out += FATAL.decode(bytes.subarray(i, i + len));
      i += len;
    } else {
      out += b <= 0x9f ? C1[b - 0x80] : String.fromCharCode(b);
      i++;
    }
  }
  return out;
}
