import { prettyJson } from "./json";

/** A value as indented JSON in a scrollable, focusable block named `label`. */
export function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <figure className="json-block">
      <figcaption>{label}</figcaption>
      <pre tabIndex={0} aria-label={label}>{prettyJson(value)}</pre>
    </figure>
  );
}
