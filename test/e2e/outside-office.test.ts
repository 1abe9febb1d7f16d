/**
 * taskpane.html opened outside Office (issue 10 item 12), in the Debian chromium, offline: office.js
 * comes from the @microsoft/office-js package (built with --env localOfficeJs; production keeps
 * Microsoft's CDN), every request off the local server is refused (office.js outside Office only
 * tries a telemetry frame), and the page boots and says how
 * to open CA OP in Excel, in French and in English. Mandatory under CI; skipped where chromium is absent.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { OUTSIDE_OFFICE } from "../../src/taskpane/outside";
import { browserTestsEnabled, CHROMIUM, CHROMIUM_ARGS } from "./build";
import { serveStatic, type StaticServer } from "./server";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "test-output", "e2e", "outside-dist");
const suite = browserTestsEnabled("outside-Office e2e") ? describe : describe.skip;

function build(): Promise<void> {
  const webpack = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const args = [webpack, "--mode", "production", "--env", "only=functions,commands,taskpane"];
  args.push("--env", "localOfficeJs", "--env", `outDir=${DIST}`);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) =>
      err || !existsSync(join(DIST, "taskpane.html"))
        ? reject(
            new Error(`webpack failed: ${err?.message ?? ""}\n${out.slice(-3000)}\n${errOut.slice(-3000)}`),
          )
        : resolve(),
    );
  });
}

suite("taskpane.html outside Office", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    await build();
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads office.js from the package, not the CDN", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/src="?office-js\/office\.js/);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    expect(existsSync(join(DIST, "office-js", "office.js"))).toBe(true);
  });

  it("boots offline and says how to open CA OP in Excel, in French and in English", async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: OUTSIDE_OFFICE.fr.title }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: OUTSIDE_OFFICE.en.title }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator("main").innerText()).resolves.toContain("Compléments");
    // Only office.js's own telemetry frame tries the network (refused here): no CDN, no other host.
    expect(outside.filter((u) => !/telemetry/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
