/**
 * Entry of the browser playground (npm run playground): the task pane against an in-memory
 * workbook, no Office needed. ?lang=en, ?theme=dark, ?sample=large&lines=100000 (performance runs).
 * The playground's code is loaded in stages (stages.ts), each in a task of its own.
 */
import { loadInStages } from "./stages";

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const el = document.getElementById("root");
  if (!el) return;
  const { renderPlayground } = await loadInStages(
    () => import(/* webpackChunkName: "playground-app" */ "./playground/render"),
  );
  renderPlayground(el, params);
}

void start();
