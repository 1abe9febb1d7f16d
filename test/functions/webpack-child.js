/**
 * Runs webpack.config.js through webpack's Node API in a plain Node process (Jest's VM cannot load
 * the ESM that copy-webpack-plugin imports) and prints one JSON line: errors and module names.
 * Usage: node webpack-child.js '{"env":{...},"mode":"production","entry":"/path/optional.js","runs":1}'
 * With "runs": 2 the same compiler builds twice (a rebuild, as in watch mode) and errors of both are kept.
 */
const path = require("node:path");
const webpack = require("webpack");
const makeConfig = require("../../webpack.config.js");

async function main() {
  const args = JSON.parse(process.argv[2] || "{}");
  const config = await makeConfig(args.env || {}, { mode: args.mode || "production" });
  if (args.entry) {
    config.entry = { functions: args.entry };
    config.resolve = {
      ...config.resolve,
      modules: [path.join(__dirname, "../../node_modules"), "node_modules"],
    };
    config.devtool = false;
  }
  const log = console.log;
  const lines = [];
  console.log = (...a) => lines.push(a.join(" "));
  const compiler = webpack(config);
  const errors = [];
  const runs = args.runs || 1;
  const once = (k) =>
    compiler.run((err, stats) => {
      if (err) {
        console.log = log;
        process.stdout.write(JSON.stringify({ errors: [String(err)], modules: [], report: lines }) + "\n");
        return;
      }
      const json = stats.toJson({ modules: true, nestedModules: true, errors: true });
      for (const e of json.errors || []) errors.push(runs > 1 ? `run ${k}: ${e.message}` : e.message);
      if (k < runs) return once(k + 1);
      console.log = log;
      const modules = [];
      const collect = (mods) => {
        for (const m of mods || []) {
          if (m.name) modules.push(m.name);
          collect(m.modules);
        }
      };
      collect(json.modules);
      compiler.close(() => {
        process.stdout.write(JSON.stringify({ errors, modules, report: lines }) + "\n");
      });
    });
  once(1);
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ errors: [String(e && e.stack)], modules: [], report: [] }) + "\n");
});
