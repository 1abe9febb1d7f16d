/**
 * The pane's language: FR by default, EN available. Components read texts with useI18n(); the
 * core's own label tables (kinds, scopes, fields) are read with the same `lang`.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../../core/types";
import { en } from "./en";
import { fr, type Messages } from "./fr";

/** Translation tables by language. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { fr, en };

const I18nContext = createContext<{ lang: Lang; t: Messages }>({ lang: "fr", t: fr });

/** Provides a language to the components below. */
export function I18nProvider(props: { lang: Lang; children: ReactNode }): JSX.Element {
  return (
    <I18nContext.Provider value={{ lang: props.lang, t: MESSAGES[props.lang] }}>
      {props.children}
    </I18nContext.Provider>
  );
}

/** The current language and its texts. */
export function useI18n(): { lang: Lang; t: Messages } {
  return useContext(I18nContext);
}

/** The UI language from a locale tag ("fr-FR", "en-US"…): French unless it is English. */
export function langOf(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith("en") ? "en" : "fr";
}
