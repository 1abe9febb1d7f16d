/**
 * The task pane rendered in Excel: the pane with Office's language and theme, its file reader and
 * its generation worker. Loaded by index.tsx after Fluent UI, in a task of its own.
 */
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { browserFileReader } from "./files/client";
import { workerGenerator } from "./generate/client";
import { startGenerationWorker } from "./generate/spawn";
import { langOf } from "./i18n";
import { officeBackground, officeLocale, officeTaskpaneHost } from "./office";
import { isDarkColor } from "./theme";

/** Renders the pane in `el`; in a transition, so React renders the first screen in slices. */
export function renderPane(el: HTMLElement): void {
  const root = createRoot(el);
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
