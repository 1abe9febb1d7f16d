/** React binding of a Session: the current state, re-rendered on every change. */
import { useSyncExternalStore } from "react";
import type { Session, SessionState } from "../logic/session";

/** The session's state; the component re-renders when it changes. */
export function useSessionState(session: Session): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
