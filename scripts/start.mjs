// `npm start` / `npm run playground`.
//
// Where Excel is installed (Windows, macOS) and --playground is not given: builds the add-in for
// https://localhost:3000 and sideloads it with `npx office-addin-debugging start manifest.xml`
// (not a dependency: it pulls a native module; npx fetches it once). Elsewhere (Linux, CI) or with
// --playground: builds the browser playground, rebuilds it on change, and serves it on
// http://localhost:3000/playground.html — the same task pane against an in-memory workbook.
import { spawn } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve } from "node:path";

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
const wantPlayground = process.argv.includes("--playground");

/** Where Excel desktop lives on this machine, or null. */
function excelPath() {
  const candidates =
    process.platform === "win32"
      ? [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]]
          .filter(Boolean)
          .flatMap((p) => [
            join(p, "Microsoft Office", "root", "Office16", "EXCEL.EXE"),
            join(p, "Microsoft Office", "Office16", "EXCEL.EXE"),
          ])
      : process.platform === "darwin"
        ? ["/Applications/Microsoft Excel.app"]
        : [];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Runs a command, inheriting the terminal; resolves with its exit code. */
function run(cmd, args) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: root, shell: process.platform === "win32" });
    child.on("close", (code) => done(code ?? 1));
    child.on("error", (e) => {
      console.error(`${cmd}: ${e.message}`);
      done(1);
    });
  });
}

/** Tells whether Office dev certificates exist and are valid, and what to do when they are not. */
function checkCertificates() {
  try {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const { verifyCertificates } = require("office-addin-dev-certs");
    if (!existsSync(defaults.localhostCertificatePath)) {
      console.log("No Office dev certificates yet: Excel only loads add-ins over trusted https.");
      console.log("  Install them once (asks for your password):  npx office-addin-dev-certs install");
      return false;
    }
    if (!verifyCertificates()) {
      console.log("Office dev certificates are expired or untrusted (they last 30 days).");
      console.log("  Renew them:  npx office-addin-dev-certs install --days 30");
      return false;
    }
    return true;
  } catch (e) {
    console.log(`Cannot check the Office dev certificates (${e.message}).`);
    console.log("  If Excel refuses to load the add-in: npx office-addin-dev-certs install");
    return false;
  }
}

async function sideload(excel) {
  console.log(`Excel found: ${excel}`);
  if (!checkCertificates()) {
    console.log(
      "office-addin-debugging will offer to install them now; or stop (Ctrl+C), install, and rerun npm start.",
    );
  }
  const build = await run("npx", ["webpack", "--mode", "development"]);
  if (build !== 0) process.exit(build);
  console.log("Sideloading manifest.xml into Excel (npx office-addin-debugging start manifest.xml)…");
  console.log(
    "Excel on the web instead: npm run dev-server, then Insert → Add-ins → Upload My Add-in → manifest.xml.",
  );
  const code = await run("npx", ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop"]);
  if (code !== 0) {
    console.log(
      "Sideloading failed. Check the certificates (npx office-addin-dev-certs install), close Excel, retry;",
    );
    console.log("or try the task pane in a browser: npm run playground");
  }
  process.exit(code);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves a folder over plain http on localhost. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path === "/" ? "playground.html" : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  server.on("error", (e) => {
    console.error(
      e.code === "EADDRINUSE"
        ? `Port ${port} is busy (npm run dev-server still running?). Stop it, or: PORT=3001 npm run playground`
        : `Server error: ${e.message}`,
    );
    process.exit(1);
  });
  server.listen(port, "localhost");
  return server;
}

async function playground(reason) {
  console.log(reason);
  const webpack = require("webpack");
  const config = await require(join(root, "webpack.config.js"))(
    { only: "playground", outDir: "dist/playground" },
    { mode: "development" },
  );
  config.mode = "development";
  const out = config.output.path;
  let served = false;
  const compiler = webpack(config);
  compiler.watch({ aggregateTimeout: 300 }, (err, stats) => {
    if (err || stats?.hasErrors()) {
      console.error(err?.message ?? stats.toString({ all: false, errors: true }));
      if (!served) process.exitCode = 1;
      return;
    }
    if (!served) {
      served = true;
      serve(out);
      console.log("");
      console.log(`  CA OP playground: http://localhost:${port}/playground.html`);
      console.log(
        `  (English: http://localhost:${port}/playground.html?lang=en — Ctrl+C to stop; edits rebuild it)`,
      );
      console.log("");
    } else {
      console.log("playground rebuilt: reload the page.");
    }
  });
}

const excel = wantPlayground ? null : excelPath();
if (excel) {
  await sideload(excel);
} else {
  await playground(
    wantPlayground
      ? "Building the browser playground…"
      : `No Excel desktop on this machine (${process.platform}): serving the same task pane in a browser instead.`,
  );
}
