#!/usr/bin/env node
// `caop` command: runs the bundled CLI (built by `npm ci` through the prepare script).
const path = require("path");
const fs = require("fs");
const bundle = path.join(__dirname, "..", "dist", "cli", "caop.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("caop: the CLI is not built yet; run `npm run build:cli` (npm ci does it for you)\n");
  process.exit(2);
}
// runProcess sets the exit code and ends quietly when stdout is a pipe closed early (`| head`).
require(bundle).runProcess(process.argv.slice(2));
