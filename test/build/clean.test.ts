/**
 * `npm run build` (webpack, output.clean) must not delete what other scripts put in dist/: the CLI
 * bundle (dist/cli/caop.js, built at `npm ci` by scripts/build-cli.mjs, run by `npx caop`) and the
 * bench bundle. Checked on the config itself: no webpack build here.
 */
interface CleanConfig {
  output: { path: string; clean: boolean | { keep?: RegExp | ((asset: string) => boolean) } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (env: object, o: object) => Promise<CleanConfig>;

/** Whether webpack's clean step keeps an asset path (relative to output.path, "/" separated). */
function kept(clean: CleanConfig["output"]["clean"], asset: string): boolean {
  if (clean === false) return true;
  if (clean === true || clean.keep === undefined) return false;
  return typeof clean.keep === "function" ? clean.keep(asset) : clean.keep.test(asset);
}

describe("webpack output.clean", () => {
  it.each(["production", "development"])(
    "keeps dist/cli and dist/bench in %s, cleans the add-in's own files",
    async (mode) => {
      const config = await makeConfig({ prodUrl: "https://caop.contoso.com/addin/" }, { mode });
      const { clean } = config.output;
      expect(kept(clean, "cli/caop.js")).toBe(true);
      expect(kept(clean, "cli")).toBe(true);
      expect(kept(clean, "bench/run.js")).toBe(true);
      // Old add-in files still go: a stale bundle must not survive a build.
      expect(kept(clean, "taskpane.js")).toBe(false);
      expect(kept(clean, "functions.json")).toBe(false);
      expect(kept(clean, "assets/icon-32.png")).toBe(false);
      expect(kept(clean, "client/x.js")).toBe(false);
    },
  );
});
