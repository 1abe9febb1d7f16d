/**
 * The functions bundle as the build makes it (`npm run build`: webpack.config.js, production, built
 * once per run by the global setup, test/build/): no React or Fluent in it, registration injected
 * for every id, functions.json and functions-fr.json emitted as the metadata script makes them.
 * Also the import graph, statically.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildMetadata } from "../../scripts/functions-metadata";
import { built, BUILD_WAIT_MS, type BuildResult } from "../build/bundles";

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

describe("the functions bundle", () => {
  it("imports no UI package, statically (functions.ts and everything it imports)", () => {
    const packages = packagesReachable(join(ROOT, "src/functions/functions.ts"));
    expect([...packages.keys()].filter((p) => UI.test(p))).toEqual([]);
    expect([...packages.keys()]).toContain("decimal.js");
  });

  describe("built with webpack.config.js (production, functions and playground entries)", () => {
    let result: BuildResult;
    let out: string;
    beforeAll(async () => {
      result = await built("web");
      out = result.outDir;
    }, BUILD_WAIT_MS);

    it("compiles without errors, the functions chunk without any React or Fluent module", () => {
      expect(result.errors).toEqual([]);
      const functions = result.chunks.functions ?? [];
      expect(functions.some((n) => n.includes("src/functions/functions.ts"))).toBe(true);
      // The playground's page has React (in a chunk it loads in stages): the checks below would catch
      // it in the functions chunk and in anything the functions page loads.
      expect((result.pages?.playground ?? []).some((n) => n.includes("node_modules/react-dom/"))).toBe(true);
      expect(
        (result.pages?.functions ?? []).filter((n) =>
          /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel)\//.test(n),
        ),
      ).toEqual([]);
      expect(
        functions.filter((n) => /node_modules\/(react|react-dom|scheduler|@fluentui|@griffel)\//.test(n)),
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

  it(
    "a rebuild (watch mode, dev server) emits the finished metadata again, without asset conflicts",
    async () => {
      // functions + playground, development, the same compiler run twice (test/build/builds.json)
      const r = await built("web-rebuild");
      expect(r.errors).toEqual([]);
      const en = JSON.parse(readFileSync(join(r.outDir, "functions.json"), "utf8")) as {
        allowErrorForDataTypeAny?: boolean;
      };
      expect(en.allowErrorForDataTypeAny).toBe(true);
      expect(readFileSync(join(r.outDir, "functions-fr.json"), "utf8")).toContain("CAOP.ALERTES");
    },
    BUILD_WAIT_MS,
  );

  it(
    "the build refuses a functions bundle that pulls in React",
    async () => {
      // entry: test/fixtures/functions-with-react.js
      const r = await built("functions-with-react");
      expect(r.errors.some((e) => /functions bundle must not include UI code: .*react/.test(e))).toBe(true);
    },
    BUILD_WAIT_MS,
  );
});
