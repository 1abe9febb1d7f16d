/**
 * A horizontally scrollable area for a wide read-only table: focusable and named, so keyboard users
 * can scroll it with the arrow keys and screen readers announce it (axe: scrollable-region-focusable).
 */
import type { ReactNode } from "react";
import { usePaneStyles } from "./styles";

export function ScrollRegion(props: { label: string; children: ReactNode }): JSX.Element {
  const s = usePaneStyles();
  return (
    <div className={s.scroll} tabIndex={0} role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}
