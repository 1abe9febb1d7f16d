/** The error of the file readers: a file that cannot be read at all, in French and English. */
import { EngineError } from "../../core/errors";

/**
 * Unreadable file, unknown sheet (the message lists the sheets), empty file, unsupported format.
 * An EngineError, so the CLI reports it like any unusable input (exit code 2).
 */
export class ReadError extends EngineError {
  constructor(code: string, fr: string, en: string, details: Record<string, unknown> = {}) {
    super(code, fr, en, details);
    this.name = "ReadError";
  }
}
