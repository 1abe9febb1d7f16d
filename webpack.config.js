/**
 * Build of the add-in (Office template conventions): one entry per page, the shared runtime's page
 * taskpane.html loading functions + commands + taskpane, the browser playground on its own page,
 * custom-functions metadata from JSDoc (functions.json) plus its French twin (functions-fr.json),
 * manifest*.xml and assets copied with the dev URL rewritten to the production one.
 *
 *   ADDIN_PROD_URL=https://host/path/ webpack --mode production
 *                                        dist/ for deployment; fails without the production URL
 *   webpack --mode development           dist/ for sideloading from https://localhost:3000/
 *   webpack --env only=functions         only the functions bundle and its metadata (tests, quick checks)
 *   webpack serve --mode development     dev server: https with office-addin-dev-certs when they exist,
 *                                        plain http otherwise (enough for the browser playground)
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, WebpackError, sources } = require("webpack");

const urlDev = "https://localhost:3000/";

/** Where production pages load office.js from (Microsoft's CDN, required for AppSource). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * The production URL every dev URL of manifest*.xml becomes: ADDIN_PROD_URL (or --env prodUrl=…),
 * https, ending with "/". Throws a clear message when it is missing or unusable, so a production
 * build never ships a manifest pointing at localhost or an example domain. null when not required
 * (a partial production build, --env only=…, that copies no manifest).
 */
function productionUrl(env = {}, required = true) {
  const raw = env.prodUrl || process.env.ADDIN_PROD_URL || "";
  if (raw === "") {
    if (!required) return null;
    throw new Error(
      "npm run build needs the add-in's production URL: set ADDIN_PROD_URL, e.g.\n" +
        "  ADDIN_PROD_URL=https://caop.example.com/addin/ npm run build\n" +
        "(manifest.xml's https://localhost:3000/ URLs are rewritten to it; use npm run build:dev for sideloading)",
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PROD_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_PROD_URL must use https (Office requires it): "${raw}"`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname) || /(^|\.)example\.(org|com|net)$/.test(url.hostname))
    throw new Error(`ADDIN_PROD_URL must be the real production host, not "${url.hostname}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_PROD_URL must have no query or fragment: "${raw}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Packages that must never be in the functions bundle (it runs beside every recalculation). */
const UI_PACKAGES = /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel)[\\/]/;

/** The metadata helpers are TypeScript (src/functions/metadata.ts): loaded through tsx. */
function metadataModule() {
  const { require: tsxRequire } = require("tsx/cjs/api");
  return tsxRequire("./src/functions/metadata.ts", __filename);
}

/** Finishes functions.json (options JSDoc cannot express) and emits functions-fr.json from the French table. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After HtmlWebpackPlugin's child compilations (OPTIMIZE_INLINE), which carry the plugin's
        // unfinished functions.json too: finishing it earlier makes rebuilds conflict.
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          try {
            const { finishMetadata, frenchMetadata } = metadataModule();
            const en = finishMetadata(JSON.parse(asset.source.source().toString()));
            compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(en, null, 2)));
            compilation.emitAsset(
              "functions-fr.json",
              new sources.RawSource(JSON.stringify(frenchMetadata(en), null, 2)),
            );
          } catch (e) {
            compilation.errors.push(new WebpackError(`functions metadata: ${e.message}`));
          }
        },
      );
    });
  }
}

/** Files behind a module, including those merged into a concatenated module. */
function resourcesOf(module) {
  const inner = module.modules ? [...module.modules].flatMap(resourcesOf) : [];
  return [module.resource, module.rootModule?.resource, ...inner].filter(Boolean);
}

/** Fails the build if UI code lands in the functions bundle, and prints every bundle's size. */
class BundleReportPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      compilation.hooks.afterOptimizeChunkModules.tap("BundleReportPlugin", (chunks) => {
        for (const chunk of chunks) {
          if (chunk.name !== "functions") continue;
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            for (const resource of resourcesOf(module)) {
              if (UI_PACKAGES.test(resource)) {
                compilation.errors.push(
                  new WebpackError(`functions bundle must not include UI code: ${resource}`),
                );
              }
            }
          }
        }
      });
    });
    const sizes = [];
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleReportPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          sizes.length = 0;
          for (const name of Object.keys(assets)
            .filter((n) => /\.(js|json|html)$/.test(n))
            .sort()) {
            const buf = Buffer.from(assets[name].source());
            sizes.push({ name, bytes: buf.length, gzip: zlib.gzipSync(buf).length });
          }
        },
      );
    });
    compiler.hooks.done.tap("BundleReportPlugin", () => {
      const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
      for (const s of sizes) {
        console.log(
          `bundle ${s.name.padEnd(22)} ${kb(s.bytes).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}`,
        );
      }
    });
  }
}

/** https options from office-addin-dev-certs when its certificates exist and are valid, else null (http). */
function devHttpsOptions() {
  try {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const { verifyCertificates } = require("office-addin-dev-certs");
    if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
      console.log("dev server: no Office dev certificates, serving http (browser playground only).");
      console.log("  To sideload in Excel: npx office-addin-dev-certs install, then npm start.");
      return null;
    }
    if (!verifyCertificates()) {
      console.log(
        "dev server: Office dev certificates are expired or invalid (they last 30 days), serving http.",
      );
      console.log("  Renew them: npx office-addin-dev-certs install --days 30, then npm start.");
      return null;
    }
    return {
      key: fs.readFileSync(defaults.localhostKeyPath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      ca: fs.readFileSync(defaults.caCertificatePath),
    };
  } catch (e) {
    console.log(`dev server: cannot read Office dev certificates (${e.message}), serving http.`);
    return null;
  }
}

/** dist/ folders other scripts build (scripts/build-cli.mjs, scripts/build-bench.mjs): webpack's clean keeps them. */
const KEPT_DIRS = ["cli", "bench"];

/** True for an asset path (relative to output.path) inside a kept folder. */
function keptByClean(asset) {
  const first = asset.replace(/\\/g, "/").split("/")[0];
  return KEPT_DIRS.includes(first);
}

const ENTRIES = {
  functions: "./src/functions/functions.ts",
  commands: "./src/commands/commands.ts",
  taskpane: "./src/taskpane/index.tsx",
  playground: "./src/taskpane/playground.tsx",
};

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  // office.js from the @microsoft/office-js package (offline) in development and tests
  // (--env localOfficeJs); production pages load Microsoft's CDN, as AppSource requires.
  const localOfficeJs = dev || Boolean(env.localOfficeJs);
  const only = env.only ? String(env.only).split(",") : Object.keys(ENTRIES);
  const entry = Object.fromEntries(Object.entries(ENTRIES).filter(([name]) => only.includes(name)));
  const pages = [
    {
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["functions", "commands", "taskpane"],
      officeJs: localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN,
    },
    { filename: "playground.html", template: "./src/taskpane/playground.html", chunks: ["playground"] },
  ].filter((p) => p.chunks.every((c) => c in entry));
  const serving = process.env.WEBPACK_SERVE === "true" || Boolean(env.WEBPACK_SERVE);
  // A full production build must know its URL; a partial one (tests) copies the manifest only if given one.
  const urlProd = dev ? null : productionUrl(env, !env.only);
  const copyManifest = dev || urlProd !== null;
  const https = serving ? devHttpsOptions() : null;

  // --env sourceMaps=false: no source maps (the test suite's rebuild check, which only reads metadata).
  const sourceMaps = String(env.sourceMaps) !== "false";

  return {
    devtool: sourceMaps ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      // dist/cli (the `caop` CLI bundle, built at `npm ci`) and dist/bench are built by other scripts:
      // cleaning them would break `npx caop` after every add-in build.
      clean: { keep: keptByClean },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { sourceMap: sourceMaps } },
          },
        },
        { test: /\.(png|jpe?g|gif|ico|svg)$/, type: "asset/resource" },
      ],
    },
    plugins: [
      ...("functions" in entry
        ? [
            new CustomFunctionsMetadataPlugin({
              output: "functions.json",
              input: "./src/functions/functions.ts",
            }),
            new LocalizedMetadataPlugin(),
          ]
        : []),
      ...pages.map((p) => new HtmlWebpackPlugin(p)),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          ...(localOfficeJs && pages.some((p) => p.filename === "taskpane.html")
            ? [
                "office.js",
                "o15apptofilemappingtable.js",
                "en-us/office_strings.js",
                "fr-fr/office_strings.js",
              ].map((f) => ({
                from: `node_modules/@microsoft/office-js/dist/${f}`,
                to: `office-js/${f}`,
              }))
            : []),
          ...(copyManifest
            ? [
                {
                  from: "manifest*.xml",
                  to: "[name][ext]",
                  transform(content) {
                    return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
                  },
                },
              ]
            : []),
        ],
      }),
      new BundleReportPlugin(),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.productionUrl = productionUrl;
module.exports.UI_PACKAGES = UI_PACKAGES;
