/**
 * What the task pane needs from its surroundings: the workbook port and the few host services
 * beyond it. Excel (Office.js), the browser playground and the tests each provide one; components
 * never call Office directly, so they render and test anywhere.
 */
import type { WorkbookPort } from "../sheet/port";
import type { PaneFileReader } from "./files/read";
import type { PaneGenerator } from "./generate/client";
import type { SourceChoice } from "./logic/source";

export interface TaskpaneHost {
  /** The workbook. */
  port: WorkbookPort;
  /** The user's current selection as a source (sheet and range), when the host can tell. */
  selection?: () => Promise<SourceChoice | null>;
  /** Shows a sheet to the user (after a generation). */
  activate?: (sheet: string) => Promise<void>;
  /**
   * Settles when the pane is visible to the user: its first read of the workbook waits for it (in a
   * shared runtime the page loads hidden at workbook open). Absent: at once.
   */
  shown?: () => Promise<void>;
  /**
   * Reads a file the user opened (a FEC, a CSV or an .xlsx): in a Web Worker in browsers
   * (files/client.ts). Absent: on the main thread, in chunks.
   */
  readFile?: PaneFileReader;
  /**
   * Generates the dashboard and the QC sheet with the pure work in a Web Worker in browsers
   * (generate/client.ts). Absent: generateDashboard / generateQc on the main thread.
   */
  generator?: PaneGenerator;
  /** Clock of the audit trail (tests fix it). */
  now?: () => Date;
}
