/**
 * `caop compute FILE | head -1` (SPEC 9): a reader that closes the pipe early ends the command
 * quietly, with status 0 and no stack trace, through the bundle (`node dist/cli/caop.js`) and the bin.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bundle = join(root, "dist", "cli", "caop.js");
const bin = join(root, "bin", "caop.js");

/** A CSV whose summary and JSON are far larger than a pipe buffer (one diagnostic per line). */
function bigFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "caop-pipe-"));
  const lines = ["Date;Compte;Libellé;Montant HT"];
  for (let i = 0; i < 4000; i++) lines.push(`15/01/2025;706000;Vente ${i};${i % 2 ? "abc" : "10,00"}`);
  const file = join(dir, "gros.csv");
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

/** Runs a script with its stdout closed by the reader right away; resolves to status and stderr. */
function runClosed(script: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.stdout.destroy();
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe("caop on a closed pipe", () => {
  let file = "";
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { cwd: root });
    file = bigFile();
  });

  it.each([
    ["the bundle", bundle],
    ["the bin", bin],
  ])("%s: stdout closed early → exit 0, nothing on stderr", async (_what, script) => {
    for (const args of [
      ["compute", file],
      ["compute", file, "--json"],
    ]) {
      const r = await runClosed(script, args);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    }
  });

  it("`node dist/cli/caop.js compute FILE | head -1` prints the CA OP line and ends with status 0", () => {
    const r = spawnSync(
      "bash",
      ["-c", `node "${bundle}" compute "${file}" | head -1; echo "status=\${PIPESTATUS[0]}"`],
      {
        encoding: "utf8",
      },
    );
    expect(r.stdout).toBe("CA OP : 20 000,00 €\nstatus=0\n");
    expect(r.stderr).toBe("");
  });
});
