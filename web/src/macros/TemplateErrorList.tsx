import type { TemplateError } from "../apis/model";
import { describeTemplateError } from "./macroDraft";

/** The problems a refused save found in the template, each at its line and column. */
export function TemplateErrorList({ errors }: { errors: readonly TemplateError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error macro-template-errors">
      <p>{errors.length === 1 ? "The template has a problem:" : `The template has ${errors.length} problems:`}</p>
      <ul>
        {errors.map((error, index) => <li key={index}>{describeTemplateError(error)}</li>)}
      </ul>
    </div>
  );
}
