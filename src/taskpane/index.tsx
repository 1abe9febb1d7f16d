/**
 * Entry of the task pane page in Excel (shared runtime: taskpane.html also loads the functions and
 * the ribbon command). Office.onReady, then the pane with Office's language and theme; outside an
 * Office client (host null) or without office.js, a message saying how to open it in Excel.
 */
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { browserFileReader } from "./files/client";
import { workerGenerator } from "./generate/client";
import { startGenerationWorker } from "./generate/spawn";
import { langOf } from "./i18n";
import { officeBackground, officeLocale, officeTaskpaneHost } from "./office";
import { showOutsideOffice } from "./outside";
import { isDarkColor } from "./theme";

function start(host: unknown): void {
  const el = document.getElementById("root");
  if (!el) return;
  if (!host) {
    showOutsideOffice(el);
    return;
  }
  const root = createRoot(el);
  // A transition: React renders the first screen in slices, no long block while the pane opens.
  startTransition(() =>
    root.render(
      <App
        host={{
          ...officeTaskpaneHost(),
          readFile: browserFileReader,
          generator: workerGenerator(startGenerationWorker),
        }}
        lang={langOf(officeLocale())}
        dark={isDarkColor(officeBackground())}
      />,
    ),
  );
}

if (typeof Office === "undefined") start(null);
else void Office.onReady((info) => start(info.host));
