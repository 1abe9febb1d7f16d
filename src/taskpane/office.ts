/**
 * The task pane's host inside Excel: the Office.js workbook port (src/workbook/office.ts) plus the
 * selection and sheet activation, the only Office calls the pane makes itself.
 */
import { splitQualified } from "../sheet/a1";
import { createOfficeHost } from "../workbook/office";
import type { TaskpaneHost } from "./host";
import type { SourceChoice } from "./logic/source";

/** The selected range as a source ("Ventes!A1:I600" → sheet and address), null when none. */
export async function selectedSource(): Promise<SourceChoice | null> {
  return Excel.run(async (ctx) => {
    const range = ctx.workbook.getSelectedRange();
    range.load("address");
    await ctx.sync();
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

/** The host of the pane in Excel. */
export function officeTaskpaneHost(): TaskpaneHost {
  return { port: createOfficeHost(), selection: selectedSource, activate: activateSheet };
}

/** The UI language of Office ("fr-FR" → fr; anything English → en). */
export function officeLocale(): string | undefined {
  return Office.context?.displayLanguage;
}

/** Office's body background colour (to follow its light or dark theme). */
export function officeBackground(): string | undefined {
  return Office.context?.officeTheme?.bodyBackgroundColor;
}
