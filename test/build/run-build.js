/**
 * Runs the builds of builds.json one after the other, in a plain Node process started by Jest's
 * global setup (Jest's VM cannot load the ESM that copy-webpack-plugin imports), and writes one
 * result file per build: <runDir>/<name>.json = { name, ok, error, outDir, errors, modules, chunks,
 * report, ms }. `ok` says the build ran (webpack's own errors are in `errors`, for the tests to judge);
 * `error` is why it could not run. Usage: node run-build.js <runDir> <name>[,<name>...]
 */
const { execFile } = require("node:child_process");
const { mkdirSync, renameSync, writeFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const BUILDS = require("./builds.json");
/** One build may take this long before it is reported as failed (a loaded machine is slow, not stuck). */
const LIMIT_MS = Number(process.env.CAOP_TEST_BUILD_LIMIT_MS || 20 * 60_000);

function writeResult(runDir, result) {
  const file = path.join(runDir, `${result.name}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(result));
  renameSync(`${file}.tmp`, file); // readers never see half a file
}

/** Module names of a stats module list, concatenated modules included. */
function moduleNames(mods, into = []) {
  for (const m of mods || []) {
    if (m.name) into.push(m.name);
    moduleNames(m.modules, into);
  }
  return into;
}

/** webpack.config.js through webpack's Node API; with runs: 2 the same compiler builds twice (a rebuild). */
async function webpackBuild(spec, outDir) {
  const webpack = require("webpack");
  const makeConfig = require("../../webpack.config.js");
  const config = await makeConfig({ ...spec.env, outDir }, { mode: spec.mode });
  if (spec.entry) {
    config.entry = { functions: path.join(ROOT, spec.entry) };
    config.resolve = { ...config.resolve, modules: [path.join(ROOT, "node_modules"), "node_modules"] };
    config.devtool = false;
  }
  const log = console.log;
  const report = [];
  console.log = (...a) => report.push(a.join(" "));
  const compiler = webpack(config);
  const errors = [];
  const runs = spec.runs || 1;
  try {
    let json;
    for (let k = 1; k <= runs; k++) {
      const stats = await new Promise((resolve, reject) =>
        compiler.run((err, s) => (err ? reject(err) : resolve(s))),
      );
      json = stats.toJson({
        modules: true,
        nestedModules: true,
        chunks: true,
        chunkModules: true,
        chunkRelations: true,
        entrypoints: true,
        errors: true,
      });
      for (const e of json.errors || []) errors.push(runs > 1 ? `run ${k}: ${e.message}` : e.message);
    }
    const chunks = {};
    for (const c of json.chunks || []) for (const n of c.names || []) chunks[n] = moduleNames(c.modules);
    return { errors, modules: moduleNames(json.modules), chunks, pages: pageModules(json), report };
  } finally {
    console.log = log;
    await new Promise((resolve) => compiler.close(resolve));
  }
}

/**
 * The modules a page may load, by entry: its entry chunk, the chunks split from it and every chunk
 * it loads later with import() (a page loaded in stages has React in a lazy chunk).
 */
function pageModules(json) {
  const byId = new Map((json.chunks || []).map((c) => [c.id, c]));
  const pages = {};
  for (const [name, ep] of Object.entries(json.entrypoints || {})) {
    const seen = new Set();
    const stack = [...(ep.chunks || [])];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id) || !byId.has(id)) continue;
      seen.add(id);
      stack.push(...(byId.get(id).children || []));
    }
    pages[name] = [...seen].flatMap((id) => moduleNames(byId.get(id).modules));
  }
  return pages;
}

/** A Node build script (the CLI's esbuild), run from the repository root. */
function scriptBuild(spec) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, spec.script)], { cwd: ROOT }, (err, stdout, stderr) =>
      err
        ? reject(new Error(`${spec.script}: ${err.message}\n${stdout}\n${stderr}`))
        : resolve({ report: [stdout] }),
    );
  });
}

async function runOne(runDir, name) {
  const spec = BUILDS[name];
  const outDir = path.join(runDir, name);
  const t0 = Date.now();
  const base = { name, ok: false, error: null, outDir, errors: [], modules: [], chunks: {}, report: [] };
  const timer = setTimeout(() => {
    writeResult(runDir, {
      ...base,
      error: `build ${name} took over ${LIMIT_MS / 1000} s`,
      ms: Date.now() - t0,
    });
    process.exit(1);
  }, LIMIT_MS);
  try {
    if (!spec) throw new Error(`no build named ${name} in test/build/builds.json`);
    mkdirSync(outDir, { recursive: true });
    const r = spec.webpack ? await webpackBuild(spec.webpack, outDir) : await scriptBuild(spec);
    writeResult(runDir, { ...base, ...r, ok: true, ms: Date.now() - t0 });
  } catch (e) {
    writeResult(runDir, {
      ...base,
      error: `build ${name} failed: ${(e && e.stack) || e}`,
      ms: Date.now() - t0,
    });
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  const [runDir, names] = process.argv.slice(2);
  for (const name of (names || "").split(",").filter(Boolean)) await runOne(runDir, name);
  writeFileSync(path.join(runDir, "done"), ""); // the teardown then knows this process has ended
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
