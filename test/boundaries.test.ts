/**
 * The architecture's boundaries (.dependency-cruiser.cjs, run by `npm run lint`) catch forbidden
 * imports: a tiny project is planted in a temporary folder, one file per rule, and dependency-cruiser's
 * CLI is run on it with the repository's own configuration.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "..");

/** Files of the planted project: path → content. */
const PLANTED: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, jsx: "react-jsx" } }),
  "src/core/money.ts": 'import { PLAN } from "../sheet/plan";\nexport const MONEY = PLAN;\n',
  "src/core/ok.ts": "export const OK = 1;\n",
  "src/sheet/plan.ts": 'import { HOST } from "../workbook/host";\nexport const PLAN = HOST;\n',
  "src/dashboard/build.ts":
    'import { OK } from "../core/ok";\nimport { GEN } from "../app/generate";\nexport const BUILD = OK + GEN;\n',
  "src/app/generate.ts": "export const GEN = 2;\n",
  "src/workbook/host.ts": 'import { BUILD } from "../dashboard/build";\nexport const HOST = BUILD;\n',
  "src/workbook/a.ts": 'import { B } from "./b";\nexport const A = B;\n',
  "src/workbook/b.ts": 'import { A } from "./a";\nexport const B = A;\n',
  "src/functions/fn.ts":
    'import { useState } from "react";\nimport { T } from "../taskpane/t";\nexport const F = [useState, T];\n',
  "src/taskpane/t.ts": "export const T = 3;\n",
  "node_modules/react/package.json": JSON.stringify({ name: "react", main: "index.js" }),
  "node_modules/react/index.js": "exports.useState = () => [];\n",
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

describe("npm run lint's boundaries (dependency-cruiser)", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "caop-boundaries-"));
    for (const [path, content] of Object.entries(PLANTED)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fails on each forbidden import of the planted project and names its rule", () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs"),
        "src",
        "--config",
        join(ROOT, ".dependency-cruiser.cjs"),
        "--output-type",
        "json",
      ],
      { cwd: dir, encoding: "utf8" },
    );
    const { summary } = JSON.parse(run.stdout) as { summary: { error: number; violations: Violation[] } };
    const found = summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual(
      [
        "core-is-pure: src/core/money.ts → src/sheet/plan.ts",
        "sheet-imports-only-core: src/sheet/plan.ts → src/workbook/host.ts",
        "dashboard-imports-only-core-and-sheet: src/dashboard/build.ts → src/app/generate.ts",
        "hosts-import-no-feature: src/workbook/host.ts → src/dashboard/build.ts",
        "functions-know-no-taskpane: src/functions/fn.ts → src/taskpane/t.ts",
        "functions-know-no-taskpane: src/functions/fn.ts → node_modules/react/index.js",
        "no-circular: src/workbook/a.ts → src/workbook/b.ts",
      ].sort(),
    );
    expect(summary.error).toBe(found.length);
  });
});
