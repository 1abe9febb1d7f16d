/** The core's public face: what adapters (functions, task pane, dashboard, workbook hosts, CLI) import. */
export * from "./types";
export * from "./engine";
export * from "./aggregate";
export * from "./variations";
export * from "./alerts";
export * from "./qc";
export * from "./settings";
export * from "./report";
export * from "./chunks";
export { EngineError } from "./errors";
export { cellKey, cellText, isBlank, isCellError } from "./cells";
