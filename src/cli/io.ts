/** Where the CLI prints, and how any error becomes its one-line message. */
import { EngineError } from "../core/errors";

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** One line for stderr, in the user's language (French by default), from any error the commands may raise. */
export function errorLine(e: unknown, lang: "fr" | "en" = "fr"): string {
  if (e instanceof EngineError) return e.text(lang);
  const text = (e as { fr?: unknown; en?: unknown })[lang];
  if (typeof text === "string") return text;
  return (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
}
