/**
 * Jest's default order, except that the suites waiting on a global-setup build (builds.json) run
 * last, in the order their builds finish, so that the other suites run while webpack builds. Also
 * tells the global setup which builds this run needs (CAOP_TEST_BUILDS): only those of the
 * selected suites, so `npx jest test/core` builds nothing.
 */
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;
const BUILDS = require("./builds.json");

const ROOT = path.join(__dirname, "..", "..");
const NAMES = Object.keys(BUILDS); // in the order run-build.js builds them

/** Index of the last build a suite waits for, or -1 when it needs none. */
function lastBuild(testPath) {
  const rel = path.relative(ROOT, testPath).split(path.sep).join("/");
  let last = -1;
  NAMES.forEach((name, i) => {
    if (BUILDS[name].suites.includes(rel)) last = i;
  });
  return last;
}

class BuildsLastSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const needed = new Set();
    for (const t of sorted) {
      const rel = path.relative(ROOT, t.path).split(path.sep).join("/");
      for (const name of NAMES) if (BUILDS[name].suites.includes(rel)) needed.add(name);
    }
    process.env.CAOP_TEST_BUILDS = NAMES.filter((n) => needed.has(n)).join(",");
    const free = sorted.filter((t) => lastBuild(t.path) < 0);
    const waiting = sorted.filter((t) => lastBuild(t.path) >= 0);
    waiting.sort((a, b) => lastBuild(a.path) - lastBuild(b.path)); // stable: ties keep Jest's order
    return [...free, ...waiting];
  }
}

module.exports = BuildsLastSequencer;
