import type { ReactNode } from "react";
import { FieldError } from "./FieldError";

/** What a field's control carries so its label, hint and error messages belong to it. */
export interface FieldControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface Props {
  /** The control's id; its hint and error messages get ids made from it. */
  id: string;
  label: string;
  /** How the error messages name the field, when not by its label ("Password" for "New password"). */
  errorLabel?: string;
  /** The messages for the field, from the server or the form's own checks. */
  errors: readonly string[] | undefined;
  /** A line under the control that explains what it takes. */
  hint?: ReactNode;
  /** The control (an input, select or text area), given the props that tie it to the row. */
  children: (control: FieldControlProps) => ReactNode;
}

/** One labelled row of a form: label, control, optional hint and the field's error messages. */
export function FormField({ id, label, errorLabel, errors, hint, children }: Props) {
  const invalid = errors !== undefined && errors.length > 0;
  const describedBy = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter((part) => part !== null);
  const control: FieldControlProps = {
    id,
    ...(invalid ? { "aria-invalid": true as const } : {}),
    ...(describedBy.length > 0 ? { "aria-describedby": describedBy.join(" ") } : {}),
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {hint && <p id={`${id}-hint`} className="muted field-hint">{hint}</p>}
      <FieldError id={`${id}-error`} label={errorLabel ?? label} messages={errors} />
    </>
  );
}
