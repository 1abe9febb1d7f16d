/**
 * Text normalisation shared by header detection, rule matching and the classifier:
 * labels are compared lower-case, without accents, with punctuation as spaces, word by word.
 */

import { repairMojibake } from "./mojibake";

/** Letters that Unicode does not decompose but accountants write (cœur, ex æquo, Straße). */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };
const LIGATURE_RE = /[œæß]/g;
/** Combining marks left by NFKD (é → e + U+0301); NFKD also unfolds ﬁ, ², º and full-width forms. */
const COMBINING_RE = /[\u0300-\u036f]/g;
/** Runs of characters that are neither letters nor digits (apostrophes, hyphens, punctuation, spaces). */
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;
/** ASCII character classes for the fast path: 0 separator, 1 lower-case letter or digit, 2 upper-case letter. */
const ASCII_CLASS = (() => {
  const table = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = 1;
  for (let c = 97; c <= 122; c++) table[c] = 1;
  for (let c = 65; c <= 90; c++) table[c] = 2;
  return table;
})();

/**
 * Words of a pure-ASCII text, lower-cased, in one pass without regular expressions (labels of a
 * million-row export are mostly ASCII); null as soon as a non-ASCII character shows up.
 */
function asciiWords(s: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return null;
    const cls = ASCII_CLASS[c];
    if (cls !== 0) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (cls === 2) upper = true;
    } else if (start >= 0) {
      const w = s.slice(start, i);
      words.push(upper ? w.toLowerCase() : w);
      start = -1;
    }
  }
  if (start >= 0) {
    const w = s.slice(start);
    words.push(upper ? w.toLowerCase() : w);
  }
  return words;
}

/** The general path of normalizeText: any script, accents and ligatures. */
function normalizeUnicode(s: string): string {
  // Lower-case after NFKD: compatibility forms may unfold to capitals (ℌ → H); double-encoded
  // UTF-8 read back first ("CrÃ©dit" is "Crédit").
  const t = repairMojibake(s)
    .normalize("NFKD")
    .toLowerCase()
    .replace(COMBINING_RE, "")
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
  return t.replace(SEPARATORS_RE, " ").trim();
}

/**
 * Lower-cases, strips accents (NFKD minus combining marks; œ → oe, æ → ae), turns apostrophes,
 * hyphens and punctuation into spaces, collapses spaces and trims. Idempotent.
 * @example normalizeText("Crédit d’Impôt  (CIR)") //=> "credit d impot cir"
 */
export function normalizeText(s: string): string {
  const words = asciiWords(s);
  return words === null ? normalizeUnicode(s) : words.join(" ");
}

/**
 * Words of a text after normalizeText, for whole-word matching.
 * @example wordsOf("Plus-value sur cession") //=> ["plus", "value", "sur", "cession"]
 */
export function wordsOf(s: string): string[] {
  const words = asciiWords(s);
  if (words !== null) return words;
  const n = normalizeUnicode(s);
  return n === "" ? [] : n.split(" ");
}

/**
 * Whether a normalised text contains a normalised word or phrase as whole words (exact, no plural).
 * @example containsPhrase("vente entrepot lyon", "entrepot") //=> true; ("circuit", "cir") //=> false
 */
export function containsPhrase(normalized: string, phrase: string): boolean {
  if (phrase === "") return false;
  return ` ${normalized} `.includes(` ${phrase} `);
}

/** One phrase found in a text: which phrase (normalised), the payload it was registered with, where. */
export interface PhraseHit<T> {
  phrase: string;
  value: T;
  /** Index of the phrase's first word in the text's words. */
  start: number;
  /** Index after the phrase's last word (link words skipped inside it included). */
  end: number;
}

/**
 * Whether a text word is a keyword word or its plural in -s / -x ("remises" for "remise",
 * "aides" for "aide"), so rule tables need not list every plural. "aider" is not "aide".
 */
export function sameWord(textWord: string, keywordWord: string): boolean {
  if (textWord === keywordWord) return true;
  return textWord.length === keywordWord.length + 1 && singularOf(textWord) === keywordWord;
}

/** Singular a text word may be the plural of (words of 4+ letters ending in s or x), or undefined. */
function singularOf(word: string): string | undefined {
  if (word.length < 4) return undefined;
  const last = word.charCodeAt(word.length - 1);
  return last === 115 /* s */ || last === 120 /* x */ ? word.slice(0, -1) : undefined;
}

/**
 * Articles and "de" / "of" (FR and EN, normalised: d', l' and à included) that may stand between a
 * phrase's words or not: "vente bâtiment" matches "Vente d'un bâtiment", "sale of patent" matches
 * "Sale of a patent" and "crédit d'impôt" matches "Crédit de l'impôt". Other words never do.
 */
const LINK_WORDS: ReadonlySet<string> = new Set([
  "d",
  "de",
  "du",
  "des",
  "l",
  "la",
  "le",
  "les",
  "un",
  "une",
  "a",
  "an",
  "the",
  "of",
]);

/**
 * A dictionary of words and multi-word phrases matched as whole words (plurals in -s/-x included,
 * link words such as articles optional between words, see LINK_WORDS) in one pass over a text's
 * words; phrases are indexed by their first word so thousands of labels against dozens of keywords
 * stay cheap.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; phrase: string; value: T }[]>();

  /** Registers a phrase (any spelling: it is normalised here) with a payload; empty phrases are ignored. */
  add(phrase: string, value: T): this {
    const all = wordsOf(phrase);
    if (all.length === 0) return this;
    // Matched by its other words; a phrase of link words only ("de la") is matched as written.
    const content = all.filter((w) => !LINK_WORDS.has(w));
    const words = content.length > 0 ? content : all;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, phrase: all.join(" "), value });
    // Longer phrases first so "produit financier" is reported before a lone "produit" would be.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    return this;
  }

  /** All hits in text order (for the same start, longer phrases first). */
  findAll(words: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      this.collect(this.byFirst.get(words[i]), words, i, hits);
      const singular = singularOf(words[i]);
      if (singular !== undefined) this.collect(this.byFirst.get(singular), words, i, hits);
    }
    return hits;
  }

  /** Pushes the candidates that match at `i`. */
  private collect(
    candidates: { words: string[]; phrase: string; value: T }[] | undefined,
    words: readonly string[],
    i: number,
    hits: PhraseHit<T>[],
  ): void {
    if (candidates === undefined) return;
    for (const c of candidates) {
      const end = matchEnd(words, i, c.words);
      if (end >= 0) hits.push({ phrase: c.phrase, value: c.value, start: i, end });
    }
  }
}

/**
 * Where `phrase` ends when it occurs in `words` starting at index `i` (-1 when it does not): each
 * word exact or its plural, link words of the text (articles, de, of) skipped between two of the
 * phrase's words.
 */
function matchEnd(words: readonly string[], i: number, phrase: readonly string[]): number {
  if (i + phrase.length > words.length) return -1;
  let j = i;
  for (let k = 0; k < phrase.length; k++, j++) {
    if (k > 0) {
      while (j < words.length && !sameWord(words[j], phrase[k]) && LINK_WORDS.has(words[j])) j++;
    }
    if (j >= words.length || !sameWord(words[j], phrase[k])) return -1;
  }
  return j;
}
