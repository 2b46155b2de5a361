import type { EditorTabProps } from "./EditorTabProps";

/** The API editor's CallIt tab: curl, fetch and requests snippets, and try-it. */
export function CallItTab(_props: EditorTabProps) {
  return <p className="muted">Coming soon.</p>;
}
