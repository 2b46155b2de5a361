import type { ReactNode } from "react";
import { FieldError } from "../shell/FieldError";

interface Props {
  id: string;
  label: string;
  /** The server's messages for this filter. */
  messages: string[] | undefined;
  children: ReactNode;
}

/** One filter: its label, its control (whose id is `id`) and the server's reasons under it. */
export function FilterField({ id, label, messages, children }: Props) {
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldError id={`${id}-error`} label={label} messages={messages} />
    </div>
  );
}

/** The attributes that tie a control to its filter's error message, when there is one. */
export function errorProps(id: string, messages: string[] | undefined) {
  return messages && messages.length > 0 ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
}
