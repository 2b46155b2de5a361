import { ApiError, errorMessage } from "../api/problem";

/** A failed save split for a form: messages for the fields it shows, one sentence for the rest. */
export interface FormErrors {
  fields: Record<string, string[]>;
  general: string | null;
}

const none: FormErrors = { fields: {}, general: null };

/**
 * Places the server's reasons next to the form's fields: a validation problem's per-field
 * messages, and a "Name taken" conflict on the name field (`nameField`). Messages for fields the
 * form does not show (`shown`) join the general sentence so nothing is lost.
 */
export function formErrors(error: unknown, nameField: string, shown: readonly string[]): FormErrors {
  if (!error) return none;
  if (!(error instanceof ApiError)) return { fields: {}, general: errorMessage(error) };
  if (error.status === 409 && error.details["title"] === "Name taken") {
    return { fields: { [nameField]: [`is taken. ${error.message}`] }, general: null };
  }
  const fields: Record<string, string[]> = {};
  const rest: string[] = [];
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    if (shown.includes(field)) fields[field] = messages;
    else rest.push(`${field} ${messages.join(" ")}`);
  }
  if (Object.keys(fields).length === 0 && rest.length === 0) return { fields, general: error.message };
  return { fields, general: rest.length > 0 ? rest.join(" ") : null };
}
