/**
 * Entry of the task pane page in Excel (shared runtime: taskpane.html also loads the functions and
 * the ribbon command). Office.onReady, then the pane with Office's language and theme.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { langOf } from "./i18n";
import { officeBackground, officeLocale, officeTaskpaneHost } from "./office";
import { isDarkColor } from "./theme";

Office.onReady(() => {
  const el = document.getElementById("root");
  if (!el) return;
  const root = createRoot(el);
  root.render(
    <App host={officeTaskpaneHost()} lang={langOf(officeLocale())} dark={isDarkColor(officeBackground())} />,
  );
});
