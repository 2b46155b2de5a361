import { useEffect, useRef } from "react";
import type { ToggleState } from "./permissionMatrix";

interface Props {
  label: string;
  state: ToggleState;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}

/** A checkbox for a whole row or column: checked when all are, mixed when some are. */
export function TriStateCheckbox({ label, state, disabled, onChange }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === "some";
  }, [state]);
  return (
    <input ref={ref} type="checkbox" aria-label={label} checked={state === "all"} disabled={disabled}
      onChange={() => onChange(state !== "all")} />
  );
}
