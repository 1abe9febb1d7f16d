/**
 * The static server and Chromium of an e2e suite, started together and stopped together: `stop`
 * closes whichever started, even when the other failed or beforeAll timed out midway (issue 11).
 */
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./build";
import { serveStatic, type StaticServer } from "./server";

/** One suite's server and browser. */
export class E2eHost {
  private starting: [Promise<StaticServer>, Promise<Browser>] | undefined;

  /** Serves `dir` and launches the Debian Chromium; resolves once both are up. */
  start(dir: string): Promise<[StaticServer, Browser]> {
    this.starting = [serveStatic(dir), chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })];
    return Promise.all(this.starting);
  }

  /** Closes the browser and the server that started (nothing when start was never called). */
  async stop(): Promise<void> {
    if (!this.starting) return;
    const [s, b] = await Promise.allSettled(this.starting);
    if (b.status === "fulfilled") await b.value.close();
    if (s.status === "fulfilled") await s.value.close();
  }
}
