import { isoToLocalInput, localInputToIso } from "./timeInput";

interface Props {
  id: string;
  /** The time as the server takes it (ISO 8601, UTC), or "". */
  value: string;
  onChange: (iso: string) => void;
  errorAttributes?: Record<string, unknown>;
}

/** A time picked in the reader's local time and given as UTC ISO 8601. */
export function TimeInput({ id, value, onChange, errorAttributes = {} }: Props) {
  return (
    <input id={id} type="datetime-local" value={isoToLocalInput(value)} onChange={(e) => onChange(localInputToIso(e.target.value))} {...errorAttributes} />
  );
}
