import { useState, type InputHTMLAttributes } from "react";
import { sameValue } from "../paramValues";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> {
  value: unknown;
  /** The value as the box shows it. */
  format: (value: unknown) => string;
  /** The value the typed text stands for. */
  parse: (text: string) => unknown;
  onChange: (value: unknown) => void;
}

/** A text box for a JSON value (a default, an enum): it keeps the text as typed while it stands
 * for the same value, and shows the value afresh when it changes from outside (a restore, a move). */
export function ValueTextInput({ value, format, parse, onChange, ...rest }: Props) {
  const [text, setText] = useState(() => format(value));
  const shown = sameValue(parse(text), value) ? text : format(value);
  return (
    <input {...rest} value={shown} onChange={(event) => {
      setText(event.target.value);
      onChange(parse(event.target.value));
    }} />
  );
}
