/**
 * What the mapping step says about the user's last choice: a field that lost its column to another,
 * and a mapping that reads no usable line (why "Valider" is blocked). Announced (aria-live).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { FIELD_LABELS } from "../../core/fields";
import type { FieldId } from "../../core/types";
import { useI18n } from "../i18n";
import type { Session } from "../logic/session";
import { unusableField } from "../logic/usable";
import { useSessionState } from "./useSession";

/** The field (amount or date) whose column reads no line, or null: "Valider" is blocked when set. */
export function useUnusable(session: Session): FieldId | null {
  const st = useSessionState(session);
  return st.result ? unusableField(st.result) : null;
}

/** The notes of the mapping step, in a live region. */
export function MappingNotes({ session }: { session: Session }): JSX.Element {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const unusable = useUnusable(session);
  const result = st.result;
  const col = unusable && result ? result.mapping[unusable] : undefined;
  const header = col === undefined || !result ? "" : (result.table.headers[col] ?? "");
  const taker = (moved: { header: string }): string => {
    const f = Object.entries(st.mapping?.detection.mapping ?? {}).find(
      ([, c]) => st.located?.table.headers[c] === moved.header,
    )?.[0] as FieldId | undefined;
    return f ? FIELD_LABELS[f][lang] : "";
  };
  return (
    <div aria-live="polite">
      {st.moved.map((m) => (
        <MessageBar intent="info" key={m.field} data-testid="mapping-moved">
          <MessageBarBody>
            {t.mapping.moved(m.header, taker(m), FIELD_LABELS[m.field][lang], m.now)}
          </MessageBarBody>
        </MessageBar>
      ))}
      {unusable && (
        <MessageBar intent="error" data-testid="mapping-unusable">
          <MessageBarBody>
            {t.mapping.unusable(FIELD_LABELS[unusable][lang], header, unusable === "date")}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
