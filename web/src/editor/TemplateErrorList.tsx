import type { TemplateError } from "../apis/model";
import { templateErrorText } from "./templateDiagnostics";

/** The template's errors as text under the editor, readable without hovering the marks. */
export function TemplateErrorList({ errors }: { errors: readonly TemplateError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="template-errors error" aria-label="Template errors">
      {errors.map((error, index) => <li key={index}>{templateErrorText(error)}</li>)}
    </ul>
  );
}
