/**
 * The ribbon button "Tableau de bord CA OP": generates or refreshes the dashboard with the settings
 * stored in the workbook; when the workbook has none yet (never set up in the task pane), or when
 * generation fails, it opens the task pane instead so the user can see what to do. Office-free:
 * commands.ts wires it to Office.actions.
 */
import type { CaopSettings } from "../core/settings";
import { generateDashboard } from "../app/generate";
import type { WorkbookPort } from "../sheet/port";

/** What the command needs: the workbook, a way to show the task pane, and the generator. */
export interface CommandDeps {
  port: WorkbookPort;
  showTaskpane: () => Promise<void>;
  generate?: typeof generateDashboard;
  /** Where failures are reported besides opening the pane (console by default). */
  log?: (message: string) => void;
}

/** How the command ended. */
export type CommandOutcome = "generated" | "needs_setup" | "failed";

/** True when the workbook carries settings saved by the task pane (a confirmed mapping or source). */
export function hasStoredSettings(s: CaopSettings): boolean {
  return s.source !== undefined || Object.keys(s.mapping).length > 0;
}

/** Runs the ribbon command once. Never throws: a failure opens the task pane. */
export async function runDashboardCommand(deps: CommandDeps): Promise<CommandOutcome> {
  const log = deps.log ?? ((m: string) => console.error(m));
  try {
    const settings = await deps.port.loadSettings();
    if (!hasStoredSettings(settings)) {
      await deps.showTaskpane();
      return "needs_setup";
    }
    await (deps.generate ?? generateDashboard)(deps.port, { settings });
    return "generated";
  } catch (e) {
    log(`CA OP : génération du tableau de bord impossible : ${e instanceof Error ? e.message : String(e)}`);
    try {
      await deps.showTaskpane();
    } catch {
      // the pane cannot be shown (host without shared runtime): the log above is all we can do
    }
    return "failed";
  }
}
