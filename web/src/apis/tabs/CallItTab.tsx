import { CallItPanel } from "../callit/CallItPanel";
import type { EditorTabProps } from "./EditorTabProps";

/** The API editor's Call it tab: curl, fetch and requests snippets, and try-it, for the published version. */
export function CallItTab({ api }: EditorTabProps) {
  if (!api?.id) return <p className="muted">Save the API, commit a version and publish it to call it.</p>;
  if (!api.is_published) {
    return <p className="muted">This API is not published. Publish a version on the Versions tab to call it.</p>;
  }
  return <CallItPanel key={String(api.published_version_id)} api={api} />;
}
