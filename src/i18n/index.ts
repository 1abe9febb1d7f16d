/**
 * The message catalogue: one `Messages` per language (fr.ts, en.ts) and the functions that fill
 * its templates. Pure: the core, the plan builders, the hosts and the task pane all read it; it
 * imports nothing but types from the core.
 */
import { en } from "./en";
import { fr } from "./fr";
import type { Args, Lang, Messages, TextCode } from "./types";

export type { Args, Lang, Messages, TextCode } from "./types";

/** The catalogues by language. */
export const CATALOGUES: Readonly<Record<Lang, Messages>> = { fr, en };

/** The catalogue of a language. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/**
 * Fills a template: `{name}` is replaced by args.name (left as is when absent); `{s}` is "s" when
 * args.count > 1 and args has no `s` of its own.
 *
 * fill("ligne {row} vide", { row: 4 }) //=> "ligne 4 vide"
 */
export function fill(template: string, args: Args = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const a = args[k];
    if (a !== undefined) return String(a);
    if (k === "s") return Number(args.count ?? 0) > 1 ? "s" : "";
    return m;
  });
}

/**
 * A templated message in one language.
 *
 * format("en", "no_selection") //=> "No range selected."
 */
export function format(lang: Lang, code: TextCode, args: Args = {}): string {
  return fill(CATALOGUES[lang].text[code], args);
}

/** A templated message in both languages (for the `{ fr, en }` texts plans and notices carry). */
export function formatBoth(code: TextCode, args: Args = {}): { fr: string; en: string } {
  return { fr: format("fr", code, args), en: format("en", code, args) };
}

/** The unfilled template of a message in both languages (for tables of templates filled later). */
export function templates(code: TextCode): { fr: string; en: string } {
  return { fr: CATALOGUES.fr.text[code], en: CATALOGUES.en.text[code] };
}
