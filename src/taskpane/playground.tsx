/**
 * Entry of the browser playground (npm run playground): the task pane against an in-memory
 * workbook, no Office needed. ?lang=en, ?theme=dark, ?sample=large&lines=100000 (performance runs).
 */
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { langOf } from "./i18n";
import { Playground } from "./playground/Playground";
import { largeWorkbook, sampleWorkbook } from "./playground/workbooks";

const params = new URLSearchParams(window.location.search);
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

const el = document.getElementById("root");
// A transition: React renders the first screen in slices, no long block while the page opens.
if (el) {
  const root = createRoot(el);
  startTransition(() => root.render(<Playground workbook={workbook} lang={lang} dark={dark} />));
}
