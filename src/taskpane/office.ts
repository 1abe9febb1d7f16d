/**
 * The task pane's host inside Excel: the Office.js workbook port (src/workbook/office.ts) plus the
 * selection and sheet activation, the only Office calls the pane makes itself.
 */
import type { CaopSettings } from "../core/settings";
import { splitQualified } from "../sheet/a1";
import { publishSettings } from "../functions/host";
import { createOfficeHost } from "../workbook/office";
import type { WorkbookPort } from "../sheet/port";
import type { TaskpaneHost } from "./host";
import type { SourceChoice } from "./logic/source";
import { officeVisibilityEnv, whenPaneShown } from "./visibility";

/** A selection the pane cannot use, with what to do in both languages (shown as the pane's notice). */
export class SelectionError extends Error {
  readonly fr =
    "La sélection compte plusieurs zones (Ctrl+clic) ou ne peut pas être lue : sélectionnez une seule plage, avec sa ligne d'en-têtes, puis cliquez de nouveau sur « Utiliser la sélection ».";
  readonly en =
    'The selection has several areas (Ctrl+click) or cannot be read: select one range, with its header row, then click "Use the selection" again.';
  constructor(readonly cause: unknown) {
    super("multi-area or unreadable selection");
    this.name = "SelectionError";
  }
}

/**
 * The selected range as a source ("Ventes!A1:I600" → sheet and address), null when none.
 * `Workbook.getSelectedRange()` throws when several ranges are selected
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
 * that failure becomes a SelectionError saying what to do, not a silent rejection.
 */
export async function selectedSource(): Promise<SourceChoice | null> {
  return Excel.run(async (ctx) => {
    const range = ctx.workbook.getSelectedRange();
    range.load("address");
    try {
      await ctx.sync();
    } catch (e) {
      throw new SelectionError(e);
    }
    const { sheet, address } = splitQualified(range.address);
    return sheet ? { sheet, address } : null;
  });
}

/** Shows a sheet. */
export async function activateSheet(name: string): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(name).activate();
    await ctx.sync();
  });
}

/**
 * The workbook port of the pane: saving settings also hands them to the custom functions (same
 * shared runtime, settings bus) and asks Excel to recalculate their cells, so =CAOP never shows a
 * figure computed with the old settings (onSettingsChanged is not raised reliably outside
 * co-authoring on the web). A failed recalculation is logged: the settings are saved either way.
 */
export function withFunctionsRefresh(port: WorkbookPort): WorkbookPort {
  const save = port.saveSettings.bind(port);
  return Object.assign(Object.create(port) as WorkbookPort, {
    async saveSettings(s: CaopSettings): Promise<void> {
      await save(s);
      await publishSettings(JSON.stringify(s)).catch((e: unknown) =>
        console.error(`CA OP : recalcul des fonctions impossible : ${String(e)}`),
      );
    },
  });
}

/** The host of the pane in Excel. */
export function officeTaskpaneHost(): TaskpaneHost {
  return {
    port: withFunctionsRefresh(createOfficeHost()),
    selection: selectedSource,
    activate: activateSheet,
    shown: () => whenPaneShown(officeVisibilityEnv()),
  };
}

/** The UI language of Office ("fr-FR" → fr; anything English → en). */
export function officeLocale(): string | undefined {
  return Office.context?.displayLanguage;
}

/** Office's body background colour (to follow its light or dark theme). */
export function officeBackground(): string | undefined {
  return Office.context?.officeTheme?.bodyBackgroundColor;
}
