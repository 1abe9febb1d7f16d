/**
 * SPEC 9: exit 2 on unusable input. A file of which not one line could be read (every amount, date
 * or direction unreadable: "1500.00 CR", "n/a") is unusable: a CA OP of 0.00 with exit 0
 * would read as a real figure.
 */
import { format } from "../i18n";
import type { Lang } from "../core/types";
import type { Io } from "./io";

/** What both compute paths' JSON says of the lines: how many took part, how many were ignored, why. */
interface LinesRead {
  lines: number;
  ignored: { count: number };
  diagnostics: readonly { code: string; row: number; column: string; value: string; severity: string }[];
}

/** The one-line message when no line of the input could be read (lines were ignored, none counted, none set aside as not revenue), else null. */
function noLineRead(json: LinesRead, lang: Lang): string | null {
  if (json.lines > 0 || json.ignored.count === 0) return null;
  if (json.diagnostics.some((d) => d.code === "not_revenue")) return null;
  // The first line set aside: its error names the cell (an amount, a date, a direction…).
  const first = json.diagnostics.find((d) => d.severity === "error" && d.row > 0);
  const n = json.ignored.count;
  return format(lang, "cli_no_line_read", {
    count: n,
    s: n > 1 ? "s" : "",
    row: first?.row ?? "",
    column: first?.column ?? "",
    value: first?.value ?? "",
  });
}

/** The exit code of a computed input: 0, or 2 with its one-line message on stderr when no line could be read. */
export function unusableExit(json: LinesRead, lang: Lang, io: Io): 0 | 2 {
  const unusable = noLineRead(json, lang);
  if (unusable === null) return 0;
  io.stderr(`caop : ${unusable}\n`);
  return 2;
}
