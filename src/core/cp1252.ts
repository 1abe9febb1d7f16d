/**
 * Windows-1252 characters at 0x80–0x9F (0 = undefined there, kept as the C1 code point). Node's
 * TextDecoder("windows-1252") decodes these bytes as Latin-1 control characters, losing € and œ;
 * browsers decode them right. Both agree with Latin-1 on 0xA0–0xFF.
 */
export const CP1252_80_9F: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** The Windows-1252 character of one byte (0x80–0x9F from the table, Latin-1 elsewhere). */
export function cp1252Char(b: number): string {
  return String.fromCharCode((b >= 0x80 && b <= 0x9f && CP1252_80_9F[b - 0x80]) || b);
}
