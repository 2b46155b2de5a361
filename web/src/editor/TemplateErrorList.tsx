import type { TemplateError } from "../apis/model";
import { templateErrorText } from "./templateDiagnostics";

/** The template's (or script's) errors as text under the editor, readable without hovering the
 * marks, and announced when a refused save brings them. */
export function TemplateErrorList({ errors, noun = "template" }: { errors: readonly TemplateError[]; noun?: "template" | "script" }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="template-errors error">
      <p>{errors.length === 1 ? `The ${noun} has a problem:` : `The ${noun} has ${errors.length} problems:`}</p>
      <ul aria-label="Template errors">
        {errors.map((error, index) => <li key={index}>{templateErrorText(error)}</li>)}
      </ul>
    </div>
  );
}
