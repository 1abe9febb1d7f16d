/**
 * The task pane with its providers: Fluent theme (light/dark) and language. Used by the Office
 * entry (index.tsx), the browser playground and the component tests.
 */
import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../core/types";
import { Taskpane } from "./components/Taskpane";
import type { TaskpaneHost } from "./host";
import { I18nProvider } from "./i18n";
import { Session } from "./logic/session";
import { themeFor } from "./theme";

export interface AppProps {
  host: TaskpaneHost;
  lang?: Lang;
  dark?: boolean;
  /** A session to reuse (the playground keeps it across re-renders); built from host otherwise. */
  session?: Session;
  onLangChange?: (lang: Lang) => void;
}

/** The pane, themed and translated. */
export function App(props: AppProps): JSX.Element {
  const [lang, setLang] = useState<Lang>(props.lang ?? "fr");
  const session = useMemo(() => props.session ?? new Session(props.host), [props.session, props.host]);
  useEffect(() => session.setLang(lang), [session, lang]);
  const change = (l: Lang): void => {
    setLang(l);
    props.onLangChange?.(l);
  };
  return (
    <FluentProvider
      theme={themeFor(props.dark === true)}
      lang={lang === "fr" ? "fr-FR" : "en-GB"}
      style={{ minHeight: "100%" }}
    >
      <I18nProvider lang={lang}>
        <Taskpane session={session} lang={lang} onLangChange={change} />
      </I18nProvider>
    </FluentProvider>
  );
}
