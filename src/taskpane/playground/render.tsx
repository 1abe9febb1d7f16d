/** The playground rendered in a page: its workbook (sample or ?sample=large), language and theme. */
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { langOf } from "../i18n";
import { Playground } from "./Playground";
import { largeWorkbook, sampleWorkbook } from "./workbooks";

/** Renders the playground in `el`; in a transition, so React renders the first screen in slices. */
export function renderPlayground(el: HTMLElement, params: URLSearchParams): void {
  const lang = langOf(params.get("lang") ?? "fr");
  const dark =
    params.get("theme") === "dark" ||
    (params.get("theme") === null && window.matchMedia?.("(prefers-color-scheme: dark)").matches === true);
  const lines = Number(params.get("lines") ?? 100_000);
  const workbook =
    params.get("sample") === "large"
      ? largeWorkbook(Number.isFinite(lines) ? lines : 100_000)
      : sampleWorkbook();
  document.documentElement.lang = lang;
  const root = createRoot(el);
  startTransition(() => root.render(<Playground workbook={workbook} lang={lang} dark={dark} />));
}
