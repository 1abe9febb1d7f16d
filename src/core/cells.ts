/** Small readers for host cell values, shared by the engine and its adapters. */
import type { CellError, CellValue } from "./types";

/** True for an Excel error value ({ error: "#N/A" }). */
export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof v.error === "string";
}

/** True for a cell with nothing in it (null, undefined, "" or only spaces). */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.length === 0 || v.trim().length === 0;
  return false;
}

/** A cell shown as text, the way a message quotes it (errors as "#N/A", dates as ISO days). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.error;
}

/** A cell as a trimmed key text (account numbers, segment names); integers without decimals. */
export function cellKey(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  return cellText(v);
}
