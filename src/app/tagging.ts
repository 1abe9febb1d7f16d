/**
 * Writing the product's own columns (OP, Motif, Contribution CA OP, Mois CA OP) beside the data
 * through the port, in slices so the task pane stays responsive.
 */
import type { EngineResult } from "../core/engine";
import type { Lang } from "../core/types";
import { taggingSheet, type DataLayout } from "../dashboard/tagging";
import type { Progress, WorkbookPort } from "../sheet/port";
import { cancelled, yieldToUi } from "./yield";

/** Rows written per slice: small enough for one quick host call, large enough for few syncs. */
export const TAG_SLICE_ROWS = 5000;

/** Options of a tagging run. */
export interface TagOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  sliceRows?: number;
  /** Language of the status words and reasons (default fr); the four headers are the same. */
  lang?: Lang;
}

/**
 * Writes the tagging columns slice by slice, top to bottom. Each slice's plan clears the product's
 * cells from its first row down (stale tags of removed lines) and writes its own rows; the next
 * slice rewrites what follows, so the end state is the full tagging. Yields to the UI between slices.
 */
export async function writeTagging(
  port: WorkbookPort,
  result: EngineResult,
  layout: DataLayout,
  opts: TagOptions = {},
): Promise<void> {
  const size = Math.max(1, opts.sliceRows ?? TAG_SLICE_ROWS);
  const total = layout.lastRow - layout.firstRow + 1;
  for (let first = layout.firstRow; first <= layout.lastRow; first += size) {
    if (opts.signal?.aborted) throw cancelled();
    const last = Math.min(layout.lastRow, first + size - 1);
    const sheet = taggingSheet(result, { ...layout, firstRow: first, lastRow: last }, "data", opts.lang);
    if (first > layout.firstRow) sheet.ownedFromRow = first;
    await port.applyPlan({ sheets: [sheet], messages: [] }, { signal: opts.signal });
    opts.onProgress?.({
      done: last - layout.firstRow + 1,
      total,
      code: "progress_tagging",
      args: { sheet: layout.sheet },
    });
    await yieldToUi();
  }
}
