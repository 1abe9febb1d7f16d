/**
 * UTF-8 text read once too often as Windows-1252 ("IndemnitÃ© d'assurance", "CrÃ©dit d'impÃ´t",
 * "lâ€™Ã©tÃ©"): an export re-saved by a tool that took its UTF-8 bytes for Windows-1252. Each run of
 * characters that are the Windows-1252 reading of one UTF-8 character's bytes is read back, so the
 * keywords and headers match ("Indemnité" excludes the line). Runs that are no such character stay.
 */

import { cp1252Char } from "./cp1252";

/** Windows-1252's characters at 0x80–0x9F, by the byte they stand for. */
const C1: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 0x20 }, (_, i): [string, number] => [cp1252Char(0x80 + i), 0x80 + i]),
);

/**
 * A lead character then one or two characters standing for continuation bytes. Leads are those of
 * the characters French and English exports write: Â, Ã (Latin-1: é, à, «, °), Å, Æ, Ë (œ, Š, ƒ,
 * ˆ), â (’, —, …, €). "É«", "Ê»" or "ï«", right as written, start with no such lead.
 */
const RUN = /[ÂÃÅÆËâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0081\u008d\u008f\u0090\u009d]{1,2}/g;

/** The byte a character stands for in Windows-1252 (-1: none). */
function byteOf(c: string): number {
  const code = c.charCodeAt(0);
  return code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (C1.get(c) ?? -1);
}

/** The one UTF-8 character whose bytes a run stands for, or null. */
function readBack(run: string): string | null {
  const b = [...run].map(byteOf);
  const n = b[0] >= 0xf0 ? 4 : b[0] >= 0xe0 ? 3 : 2;
  if (b.length !== n || b.some((x, k) => k > 0 && (x < 0x80 || x > 0xbf))) return null;
  const cp =
    n === 2
      ? ((b[0] & 0x1f) << 6) | (b[1] & 0x3f)
      : n === 3
        ? ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f)
        : ((b[0] & 0x07) << 18) | ((b[1] & 0x3f) << 12) | ((b[2] & 0x3f) << 6) | (b[3] & 0x3f);
  // Overlong forms, surrogates and beyond U+10FFFF are no character.
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return String.fromCodePoint(cp);
}

/** The text with its double-encoded characters read back ("CrÃ©dit" → "Crédit"); unchanged without any. */
export function repairMojibake(s: string): string {
  return s.replace(RUN, (run) => readBack(run) ?? run);
}
