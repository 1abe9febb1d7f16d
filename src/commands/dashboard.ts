/**
 * The ribbon button "Tableau de bord CA OP": generates or refreshes the dashboard with the settings
 * stored in the workbook. When the workbook has none yet (never set up in the task pane), or when
 * generation fails, it always shows something: a message saying what is missing or what failed and
 * which button opens the pane. It no longer relies on `Office.addin.showAsTaskpane()`, which Office
 * ignores for add-ins from the Microsoft Marketplace since 23 February 2026
 * (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in); the pane has its own
 * ribbon button, a manifest `ShowTaskpane` action. Office-free: commands.ts wires it to Office.
 */
import type { CaopSettings } from "../core/settings";
import type { I18nText } from "../core/types";
import { generateDashboard } from "../app/generate";
import type { WorkbookPort } from "../sheet/port";

/** What the command needs: the workbook, a way to show the user a message, and the generator. */
export interface CommandDeps {
  port: WorkbookPort;
  /** Shows a message the user sees (a dialog in Excel); resolves once it is shown or dismissed. */
  tell: (message: I18nText) => Promise<void>;
  generate?: typeof generateDashboard;
  /** Where failures are also reported (console by default), e.g. when no message can be shown. */
  log?: (message: string) => void;
}

/** How the command ended. */
export type CommandOutcome = "generated" | "needs_setup" | "failed";

/** The message for a workbook never set up: what is missing and which button to use. */
export const NEEDS_SETUP: I18nText = {
  fr:
    "Ce classeur n'a pas encore de réglages CA OP (colonnes et source des ventes). " +
    "Ouvrez le volet avec le bouton « Volet CA OP » de l'onglet Accueil, choisissez la feuille des " +
    "ventes et confirmez les colonnes, puis cliquez de nouveau sur « Tableau de bord CA OP ».",
  en:
    "This workbook has no CA OP settings yet (columns and sales source). " +
    'Open the pane with the "CA OP pane" button on the Home tab, choose the sales sheet and confirm ' +
    'the columns, then click "CA OP dashboard" again.',
};

/** The message for a generation that failed, with its reason in each language. */
export function failedMessage(reason: I18nText): I18nText {
  return {
    fr: `Le tableau de bord CA OP n'a pas pu être généré : ${reason.fr}. Ouvrez le volet avec le bouton « Volet CA OP » pour vérifier les réglages.`,
    en: `The CA OP dashboard could not be generated: ${reason.en}. Open the pane with the "CA OP pane" button to check the settings.`,
  };
}

/** An error's reason in both languages (engine errors carry their own; others their message). */
function reasonOf(e: unknown): I18nText {
  if (e !== null && typeof e === "object") {
    const o = e as { fr?: unknown; en?: unknown };
    if (typeof o.fr === "string" && typeof o.en === "string") return { fr: o.fr, en: o.en };
  }
  const m = e instanceof Error ? e.message : String(e);
  return { fr: m, en: m };
}

/** True when the workbook carries settings saved by the task pane (a confirmed mapping or source). */
export function hasStoredSettings(s: CaopSettings): boolean {
  return s.source !== undefined || Object.keys(s.mapping).length > 0;
}

/** Shows a message; when it cannot be shown, the log is the last resort. */
async function show(deps: CommandDeps, message: I18nText, log: (m: string) => void): Promise<void> {
  try {
    await deps.tell(message);
  } catch (e) {
    log(
      `CA OP : message impossible à afficher (${e instanceof Error ? e.message : String(e)}) : ${message.fr}`,
    );
  }
}

/** Runs the ribbon command once. Never throws: every outcome but success shows a message. */
export async function runDashboardCommand(deps: CommandDeps): Promise<CommandOutcome> {
  const log = deps.log ?? ((m: string) => console.error(m));
  try {
    const settings = await deps.port.loadSettings();
    if (!hasStoredSettings(settings)) {
      await show(deps, NEEDS_SETUP, log);
      return "needs_setup";
    }
    await (deps.generate ?? generateDashboard)(deps.port, { settings });
    return "generated";
  } catch (e) {
    const reason = reasonOf(e);
    log(`CA OP : génération du tableau de bord impossible : ${reason.fr}`);
    await show(deps, failedMessage(reason), log);
    return "failed";
  }
}
