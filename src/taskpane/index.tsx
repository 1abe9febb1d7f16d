/**
 * Entry of the task pane page in Excel (shared runtime: taskpane.html also loads the functions and
 * the ribbon command). Office.onReady, then the pane (pane.tsx, loaded in stages); outside an
 * Office client (host null) or without office.js, a message saying how to open it in Excel.
 */
import { showOutsideOffice } from "./outside";
import { loadInStages } from "./stages";

async function start(host: unknown): Promise<void> {
  const el = document.getElementById("root");
  if (!el) return;
  if (!host) {
    showOutsideOffice(el);
    return;
  }
  const { renderPane } = await loadInStages(() => import(/* webpackChunkName: "pane" */ "./pane"));
  renderPane(el);
}

if (typeof Office === "undefined") void start(null);
else void Office.onReady((info) => start(info.host));
