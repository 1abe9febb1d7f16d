/**
 * A step's heading, focused when the step opens so that keyboard and screen-reader users land on it
 * (Tab then continues into the step).
 */
import { useEffect, useRef } from "react";
import { usePaneStyles } from "./styles";

/** The h2 of a step, focused on mount. */
export function StepHeading(props: { id: string; children: string }): JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  const s = usePaneStyles();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h2 id={props.id} ref={ref} tabIndex={-1} className={s.heading}>
      {props.children}
    </h2>
  );
}
