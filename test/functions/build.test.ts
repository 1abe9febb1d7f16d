/**
 * The functions bundle as the build makes it (webpack's Node API on webpack.config.js, functions
 * entry only): no React or Fluent in it, registration injected for every id, functions.json and
 * functions-fr.json emitted as the metadata script makes them. Also the import graph, statically.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { buildMetadata } from "../../scripts/functions-metadata";

const ROOT = resolve(__dirname, "../..");
const UI = /^(react|react-dom|scheduler|@fluentui\/|@griffel\/)/;

/** Bare package imports reachable from a source file through relative imports. */
function packagesReachable(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(
      /(?:import|export)\s[^"';]*?from\s+"([^"]+)"|import\s+"([^"]+)"|require\("([^"]+)"\)/g,
    )) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith(".")) {
        const base = resolve(dirname(file), spec);
        const found = [".ts", ".tsx", "/index.ts"]
          .map((ext) => base + ext)
          .find((f) => {
            try {
              readFileSync(f);
              return true;
            } catch {
              return false;
            }
          });
        if (found) visit(found);
      } else if (!packages.has(spec)) packages.set(spec, file);
    }
  };
  visit(entry);
  return packages;
}

interface BuildResult {
  errors: string[];
  modules: string[];
  report: string[];
}

/** One webpack build in a child Node process (see webpack-child.js). */
function build(args: {
  env: Record<string, string>;
  mode: string;
  entry?: string;
  runs?: number;
}): BuildResult {
  const stdout = execFileSync(process.execPath, [join(__dirname, "webpack-child.js"), JSON.stringify(args)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as BuildResult;
}

describe("the functions bundle", () => {
  it("imports no UI package, statically (functions.ts and everything it imports)", () => {
    const packages = packagesReachable(join(ROOT, "src/functions/functions.ts"));
    expect([...packages.keys()].filter((p) => UI.test(p))).toEqual([]);
    expect([...packages.keys()]).toContain("decimal.js");
  });

  describe("built with webpack.config.js (production, functions entry only)", () => {
    const out = mkdtempSync(join(tmpdir(), "caop-functions-"));
    let result: BuildResult;
    beforeAll(() => {
      result = build({
        env: { only: "functions", outDir: out, prodUrl: "https://caop.contoso.com/addin/" },
        mode: "production",
      });
    }, 120_000);
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it("compiles without errors and without any React or Fluent module", () => {
      expect(result.errors).toEqual([]);
      expect(result.modules.some((n) => n.includes("src/functions/functions.ts"))).toBe(true);
      expect(
        result.modules.filter((n) =>
          /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel)\//.test(n),
        ),
      ).toEqual([]);
      const size = readFileSync(join(out, "functions.js")).length;
      console.log(
        `functions.js (production): ${(size / 1024).toFixed(1)} kB\n${result.report.filter((l) => l.startsWith("bundle")).join("\n")}`,
      );
      expect(result.report.some((l) => /^bundle functions\.js\s/.test(l))).toBe(true);
    });

    it("registers every id, as Excel needs (CustomFunctions.associate injected by the metadata plugin)", async () => {
      const js = readFileSync(join(out, "functions.js"), "utf8");
      const { en } = await buildMetadata();
      for (const f of en.functions)
        expect([f.id, js.includes(`CustomFunctions.associate("${f.id}"`)]).toEqual([f.id, true]);
    });

    it("emits functions.json and functions-fr.json equal to the metadata script's", async () => {
      const { en, fr } = await buildMetadata();
      expect(JSON.parse(readFileSync(join(out, "functions.json"), "utf8"))).toEqual(en);
      expect(JSON.parse(readFileSync(join(out, "functions-fr.json"), "utf8"))).toEqual(fr);
    });

    it("copies the manifest with production URLs", () => {
      const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
      expect(manifest).not.toContain("localhost");
      expect(manifest).toContain("https://caop.contoso.com/addin/functions-fr.json");
    });
  });

  it("a rebuild (watch mode, dev server) emits the finished metadata again, without asset conflicts", () => {
    const dir = mkdtempSync(join(tmpdir(), "caop-rebuild-"));
    try {
      const r = build({ env: { only: "functions,playground", outDir: dir }, mode: "development", runs: 2 });
      expect(r.errors).toEqual([]);
      const en = JSON.parse(readFileSync(join(dir, "functions.json"), "utf8")) as {
        allowErrorForDataTypeAny?: boolean;
      };
      expect(en.allowErrorForDataTypeAny).toBe(true);
      expect(readFileSync(join(dir, "functions-fr.json"), "utf8")).toContain("CAOP.ALERTES");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("the build refuses a functions bundle that pulls in React", () => {
    const dir = mkdtempSync(join(tmpdir(), "caop-guard-"));
    try {
      const entry = join(dir, "functions-with-react.js");
      writeFileSync(entry, 'import { createElement } from "react";\nexport const x = createElement;\n');
      const r = build({ env: { only: "functions", outDir: join(dir, "dist") }, mode: "development", entry });
      expect(r.errors.some((e) => /functions bundle must not include UI code: .*react/.test(e))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
