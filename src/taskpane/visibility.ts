/**
 * When the pane's heavy work may start. In a shared runtime the page loads with the workbook, hidden,
 * as soon as a custom function is used; reading and computing the source sheet then would make every
 * function call wait for nothing the user sees. The work starts when the pane is visible: at once if
 * the page is visible, else on the first of `Office.addin.onVisibilityModeChanged` reporting
 * "Taskpane" (SharedRuntime 1.1, https://learn.microsoft.com/javascript/api/office/office.visibilitymode,
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in), the page becoming
 * visible, or a first click or key press in it.
 */

/** The few members read here (Office absent: tests, the playground). */
export interface VisibilityEnv {
  addin?: {
    onVisibilityModeChanged?(
      handler: (args: { visibilityMode: string }) => void,
    ): Promise<() => Promise<void>> | unknown;
  };
  doc?: Pick<Document, "visibilityState" | "addEventListener" | "removeEventListener">;
}

const INTERACTIONS = ["pointerdown", "keydown", "focusin"] as const;

/** Resolves once the user can see the pane (or touched it); never rejects. */
export function whenPaneShown(env: VisibilityEnv): Promise<void> {
  const doc = env.doc;
  if (!doc || doc.visibilityState === "visible") return Promise.resolve();
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      for (const t of INTERACTIONS) doc.removeEventListener(t, finish, true);
      doc.removeEventListener("visibilitychange", onVisibility);
      resolve();
    };
    const onVisibility = (): void => {
      if (doc.visibilityState === "visible") finish();
    };
    for (const t of INTERACTIONS) doc.addEventListener(t, finish, true);
    doc.addEventListener("visibilitychange", onVisibility);
    try {
      const added = env.addin?.onVisibilityModeChanged?.((args) => {
        if (args.visibilityMode === "Taskpane") finish();
      });
      if (added instanceof Promise) added.catch(() => undefined);
    } catch {
      // Older Office without the shared runtime API: the page's own visibility and input decide.
    }
  });
}

/** The Office environment of the page (Office.addin when the host has it, the document). */
export function officeVisibilityEnv(): VisibilityEnv {
  const office = (globalThis as { Office?: { addin?: VisibilityEnv["addin"] } }).Office;
  return { addin: office?.addin, doc: typeof document === "undefined" ? undefined : document };
}
