/**
 * `caop` as a Node process: argv in, stdout/stderr out, the exit code. A reader that closes the pipe
 * early (`caop compute FILE | head -1`, SPEC 9) ends the command quietly with status 0.
 */
import { main } from "./main";

/** True for the error a write to a pipe closed by its reader gives. */
function isClosedPipe(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "EPIPE";
}

/**
 * Runs `caop` with these arguments in the current process and sets its exit code. EPIPE on stdout
 * (the reader went away) exits at once with status 0 and no message; any other stream error is
 * re-thrown.
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  let closed = false;
  const onError = (e: unknown): void => {
    if (!isClosedPipe(e)) throw e;
    closed = true;
    process.exit(0);
  };
  process.stdout.on("error", onError);
  process.stderr.on("error", (e: unknown) => {
    if (!isClosedPipe(e)) throw e;
  });
  const code = await main(argv, {
    stdout: (s) => {
      if (!closed) process.stdout.write(s);
    },
    stderr: (s) => {
      process.stderr.write(s);
    },
  });
  process.exitCode = code;
}
