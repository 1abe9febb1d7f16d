/**
 * Test helper: LibreOffice as an independent spreadsheet. Recalculates every formula of a generated
 * .xlsx (own profile per process, OOXMLRecalcMode=0, as ../shared/notes/toolchain.md says), and renders
 * a workbook to PNG (soffice → PDF → pdftoppm) so a person can look at what the user will see.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** Why LibreOffice cannot be used here, or null when it can. Under CI its absence is a failure. */
export function libreOfficeMissing(): string | null {
  const r = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return "soffice introuvable (apt-get install libreoffice-calc)";
  return null;
}

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>fr-FR</value></prop></item>
</oor:items>
`;

let profileDir: string | undefined;

/**
 * This process's LibreOffice profile, made on first use: soffice calls here are synchronous, so
 * one process never runs two at once, and parallel Jest workers each have their own. Reusing it
 * saves LibreOffice's first-start initialisation of a fresh profile on every call.
 */
function profile(): string {
  if (profileDir) return profileDir;
  const dir = mkdtempSync(join(tmpdir(), "caop-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), PROFILE);
  profileDir = dir;
  return dir;
}

function soffice(args: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile()}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

/** Recalculates an .xlsx in LibreOffice; returns the path of the recalculated copy (in outDir). */
export function recalc(xlsx: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  soffice(["--convert-to", "xlsx", "--outdir", outDir, xlsx]);
  const out = join(outDir, basename(xlsx));
  if (!existsSync(out)) throw new Error(`LibreOffice n'a pas produit ${out}`);
  return out;
}

/** Renders a workbook to PNG pages (one file per page) in outDir; returns their paths. */
export function renderPng(xlsx: string, outDir: string, resolution = 70): string[] {
  mkdirSync(outDir, { recursive: true });
  soffice(["--convert-to", "pdf", "--outdir", outDir, xlsx]);
  const pdf = join(outDir, basename(xlsx).replace(/\.xlsx$/i, ".pdf"));
  const prefix = join(outDir, basename(xlsx).replace(/\.xlsx$/i, ""));
  execFileSync("pdftoppm", ["-png", "-r", String(resolution), pdf, prefix], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const stem = basename(prefix);
  return readdirSync(outDir)
    .filter((f) => f.startsWith(stem) && f.endsWith(".png"))
    .sort()
    .map((f) => join(outDir, f));
}
