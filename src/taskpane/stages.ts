/**
 * Loads the pane's code in stages, each chunk run in a task of its own: React, the pane's Fluent UI
 * components, then the pane with its engine. One 800 kB bundle ran in a single 100–150 ms task
 * while the pane opened (issue 12).
 */
export async function loadInStages<T>(pane: () => Promise<T>): Promise<T> {
  await import(/* webpackChunkName: "react" */ "react-dom/client");
  await import(/* webpackChunkName: "components" */ "./components/Taskpane");
  return pane();
}
