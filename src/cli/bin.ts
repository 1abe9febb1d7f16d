/**
 * The CLI bundle's entry (dist/cli/caop.js): exports `main` and `runProcess`, and runs the command
 * when the bundle is started directly (`node dist/cli/caop.js …`; the bin, bin/caop.js, calls
 * runProcess itself). Kept apart from main.ts so that main ↔ process import no cycle.
 */
import { main } from "./main";
import { runProcess } from "./process";

export { main, runProcess };

if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) {
  void runProcess(process.argv.slice(2));
}
