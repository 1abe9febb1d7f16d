/**
 * Ribbon commands, loaded in the shared runtime (taskpane.html): `generateDashboard` is the
 * "Tableau de bord CA OP" button of manifest.xml (ExecuteFunction). What it has to say (no settings
 * yet, a failure) is shown in an Office dialog (Dialog API, `Office.context.ui.displayDialogAsync`,
 * https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins and
 * https://learn.microsoft.com/javascript/api/office/office.ui), never only in the console.
 */
import type { I18nText } from "../core/types";
import { createOfficeHost } from "../workbook/office";
import { runDashboardCommand } from "./dashboard";

/** The page that shows a message (assets/message.html, copied by the build beside taskpane.html). */
export const MESSAGE_PAGE = "assets/message.html";

/** The Office members the dialog needs, typed loosely (tests provide them). */
export interface DialogOffice {
  context: {
    displayLanguage?: string;
    ui: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; displayInIframe?: boolean },
        callback: (result: {
          status: string;
          value: { addEventHandler(type: string, handler: () => void): void };
          error?: { code: number; message: string };
        }) => void,
      ): void;
    };
  };
}

/** URL of the message page for one message, on the add-in's own origin (the dialog requires it). */
export function messageUrl(base: string, message: I18nText, displayLanguage?: string): string {
  const lang = (displayLanguage ?? "fr").toLowerCase().startsWith("fr") ? "fr" : "en";
  const url = new URL(MESSAGE_PAGE, base);
  url.searchParams.set("lang", lang);
  url.searchParams.set("text", message[lang]);
  return url.toString();
}

/**
 * Shows a message in an Office dialog; resolves when the user closes it (DialogEventReceived), so
 * the command's event completes after the dialog, and rejects when Office cannot open it.
 */
export function showMessageDialog(office: DialogOffice, base: string, message: I18nText): Promise<void> {
  return new Promise((resolve, reject) => {
    office.context.ui.displayDialogAsync(
      messageUrl(base, message, office.context.displayLanguage),
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status !== "succeeded") {
          reject(new Error(result.error?.message ?? "displayDialogAsync failed"));
          return;
        }
        result.value.addEventHandler("dialogEventReceived", () => resolve());
      },
    );
  });
}

/** URL of the page the command runs in (taskpane.html of the shared runtime). */
function pageUrl(): string {
  return (globalThis as { location?: { href?: string } }).location?.href ?? "";
}

/** The button's handler: generate with the stored settings, or say what is missing; always completes the event. */
export async function generateDashboardCommand(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await runDashboardCommand({
      port: createOfficeHost(),
      tell: (message) => showMessageDialog(Office as unknown as DialogOffice, pageUrl(), message),
    });
  } finally {
    event?.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
  Office.actions.associate("generateDashboard", generateDashboardCommand);
}
