/**
 * taskpane.html opened outside Office (issue 10 item 12), in the Debian chromium, offline: office.js
 * comes from the @microsoft/office-js package (built with --env localOfficeJs; production keeps
 * Microsoft's CDN), every request off the local server is refused (office.js outside Office only
 * tries a telemetry frame), and the page boots and says how
 * to open CA OP in Excel, in French and in English. Mandatory under CI; skipped where chromium is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { OUTSIDE_OFFICE } from "../../src/taskpane/outside";
import { built, BUILD_WAIT_MS } from "../build/bundles";
import { browserTestsEnabled } from "./build";
import { E2eHost } from "./host";
import type { StaticServer } from "./server";

const suite = browserTestsEnabled("outside-Office e2e") ? describe : describe.skip;

suite("taskpane.html outside Office", () => {
  let server: StaticServer;
  let browser: Browser;
  let DIST = "";
  const host = new E2eHost();
  beforeAll(async () => {
    // The production build of every page with office.js from the package (test/build/builds.json "web").
    const web = await built("web");
    if (web.errors.length > 0) throw new Error(`webpack: ${web.errors.join("\n")}`);
    DIST = web.outDir;
    [server, browser] = await host.start(DIST);
  }, BUILD_WAIT_MS);
  afterAll(() => host.stop());

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
