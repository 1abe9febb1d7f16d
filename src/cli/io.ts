/** Where the CLI prints, and how any error becomes its one-line message. */
import { EngineError } from "../core/errors";

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** One line for stderr, in French, from any error the commands may raise. */
export function errorLine(e: unknown): string {
  if (e instanceof EngineError) return e.fr;
  const fr = (e as { fr?: unknown }).fr;
  if (typeof fr === "string") return fr;
  return (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
}
