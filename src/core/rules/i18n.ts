import type { I18nText } from "../types";

/** Shorthand for an I18nText in the rule tables. */
export function t(fr: string, en: string): I18nText {
  return { fr, en };
}
