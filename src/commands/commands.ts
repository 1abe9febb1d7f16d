/**
 * Ribbon commands, loaded in the shared runtime (taskpane.html): `generateDashboard` is the
 * "Tableau de bord CA OP" button of manifest.xml (ExecuteFunction).
 */
import { createOfficeHost } from "../workbook/office";
import { runDashboardCommand } from "./dashboard";

/** The button's handler: generate with the stored settings, or open the pane; always completes the event. */
export async function generateDashboardCommand(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await runDashboardCommand({
      port: createOfficeHost(),
      showTaskpane: () => Office.addin.showAsTaskpane(),
    });
  } finally {
    event?.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
  Office.actions.associate("generateDashboard", generateDashboardCommand);
}
