/**
 * The pane's language: FR by default, EN available. Components read texts with useI18n(); the
 * texts are the `pane` part of the message catalogue (src/i18n), whose other parts (progress
 * steps, notices, diagnostics) and the core's label tables are read with the same `lang`.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../../core/types";
import { CATALOGUES } from "../../i18n";
import type { PaneMessages as Messages } from "../../i18n/types";

export type { Messages };

/** Translation tables by language: the catalogue's pane texts. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { fr: CATALOGUES.fr.pane, en: CATALOGUES.en.pane };
const fr = MESSAGES.fr;

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
