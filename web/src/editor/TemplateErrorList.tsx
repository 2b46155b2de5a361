import type { TemplateError } from "../apis/model";
import { templateErrorText } from "./templateDiagnostics";

/** The template's errors as text under the editor, readable without hovering the marks, and
 * announced when a refused save brings them. */
export function TemplateErrorList({ errors }: { errors: readonly TemplateError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="template-errors error">
      <p>{errors.length === 1 ? "The template has a problem:" : `The template has ${errors.length} problems:`}</p>
      <ul aria-label="Template errors">
        {errors.map((error, index) => <li key={index}>{templateErrorText(error)}</li>)}
      </ul>
    </div>
  );
}
