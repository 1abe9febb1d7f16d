/**
 * Text normalisation shared by header detection, rule matching and the classifier:
 * labels are compared lower-case, without accents, with punctuation as spaces, word by word.
 */

/** Letters that Unicode does not decompose but accountants write (cœur, ex æquo, Straße). */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };
const LIGATURE_RE = /[œæß]/g;
/** Combining marks left by NFD (é → e + U+0301). */
const COMBINING_RE = /[\u0300-\u036f]/g;
/** Anything outside the plain ASCII range may carry an accent or a ligature. */
const NON_ASCII_RE = /[\u0080-\uffff]/;
/** Runs of characters that are neither letters nor digits (apostrophes, hyphens, punctuation, spaces). */
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;
/** Already normalised: lower-case ASCII words separated by single spaces. */
const NORMALIZED_RE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * Lower-cases, strips accents (NFD minus combining marks; œ → oe, æ → ae), turns apostrophes,
 * hyphens and punctuation into spaces, collapses spaces and trims. Idempotent.
 * @example normalizeText("Crédit d’Impôt  (CIR)") //=> "credit d impot cir"
 */
export function normalizeText(s: string): string {
  if (NORMALIZED_RE.test(s)) return s;
  let t = s.toLowerCase();
  if (NON_ASCII_RE.test(t)) {
    t = t
      .normalize("NFD")
      .replace(COMBINING_RE, "")
      .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
  }
  return t.replace(SEPARATORS_RE, " ").trim();
}

/**
 * Words of a text after normalizeText, for whole-word matching.
 * @example wordsOf("Plus-value sur cession") //=> ["plus", "value", "sur", "cession"]
 */
export function wordsOf(s: string): string[] {
  const n = normalizeText(s);
  return n === "" ? [] : n.split(" ");
}

/**
 * Whether a normalised text contains a normalised word or phrase as whole words.
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
}

/**
 * A dictionary of words and multi-word phrases matched as whole words in one pass over a text's
 * words (phrases indexed by their first word), so thousands of labels × dozens of keywords stay cheap.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; phrase: string; value: T }[]>();

  /** Registers a phrase (any spelling: it is normalised here) with a payload; empty phrases are ignored. */
  add(phrase: string, value: T): this {
    const words = wordsOf(phrase);
    if (words.length === 0) return this;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, phrase: words.join(" "), value });
    // Longer phrases first so "produit financier" is reported before a lone "produit" would be.
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    return this;
  }

  /** All hits in text order (for the same start, longer phrases first). */
  findAll(words: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]);
      if (candidates === undefined) continue;
      for (const c of candidates) {
        if (matchesAt(words, i, c.words)) hits.push({ phrase: c.phrase, value: c.value, start: i });
      }
    }
    return hits;
  }
}

/** Whether `phrase` occurs in `words` starting at index `i`. */
function matchesAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}
