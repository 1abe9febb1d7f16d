/**
 * The architecture's boundaries, checked by `npm run lint` (`depcruise src`). Rules are written by
 * folder, so files may move inside a folder (src/core/engine/, src/core/rules/…) without touching
 * them. Type-only imports count: a boundary is about what a folder knows, not what it bundles.
 *
 *   core       pure domain: imports nothing of the other src folders but the message catalogue
 *   i18n       the message catalogue (one Messages per language): imports only types of core
 *   sheet      the port's language (plan, A1, sheet names, port): imports only core and i18n
 *   dashboard  pure plan builders: import only core, sheet and i18n
 *   workbook   hosts of the port: import no feature (dashboard, app, taskpane, functions, cli, commands)
 *   functions  custom functions: nothing of the task pane, React or Fluent UI
 */

/** Every src folder that is a feature (what hosts must not know). */
const FEATURES = "^src/(dashboard|app|taskpane|functions|cli|commands)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "src/core is the pure domain: it imports nothing of the other src folders but the catalogue.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: "^src/", pathNot: "^src/(core|i18n)/" },
    },
    {
      name: "i18n-is-data",
      comment:
        "src/i18n (the message catalogue) is tables and template filling: nothing of the other folders.",
      severity: "error",
      from: { path: "^src/i18n/" },
      to: { path: "^src/", pathNot: "^src/(core|i18n)/" },
    },
    {
      name: "i18n-imports-only-core-types",
      comment: "The core imports the catalogue, so the catalogue knows only the core's types (no cycle).",
      severity: "error",
      from: { path: "^src/i18n/" },
      to: { path: "^src/core/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "sheet-imports-only-core",
      comment:
        "src/sheet (plan, A1, sheet names, port) is the port's vocabulary: only core and i18n below it.",
      severity: "error",
      from: { path: "^src/sheet/" },
      to: { path: "^src/", pathNot: "^src/(core|i18n|sheet)/" },
    },
    {
      name: "dashboard-imports-only-core-and-sheet",
      comment: "src/dashboard is pure (engine result + settings → plan): only core, i18n and sheet.",
      severity: "error",
      from: { path: "^src/dashboard/" },
      to: { path: "^src/", pathNot: "^src/(core|i18n|sheet|dashboard)/" },
    },
    {
      name: "hosts-import-no-feature",
      comment: "src/workbook hosts implement the port; they know no feature that uses it.",
      severity: "error",
      from: { path: "^src/workbook/" },
      to: { path: FEATURES },
    },
    {
      name: "functions-know-no-taskpane",
      comment: "Custom functions run without the task pane: no taskpane module, no React, no Fluent UI.",
      severity: "error",
      from: { path: "^src/functions/" },
      to: { path: ["^src/taskpane/", "(^|/)node_modules/(react|react-dom|@fluentui/[^/]+)/"] },
    },
    {
      name: "no-circular",
      comment: "No import cycles: each folder and file builds on what is below it.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.html$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".cjs", ".mjs", ".json"],
    },
  },
};
