import { VersionsPanel } from "../../versions/VersionsPanel";
import type { EditorTabProps } from "./EditorTabProps";

/** The API editor's Versions tab: commit, history, diff, publish, roll back. */
export function VersionsTab({ api, dirty }: EditorTabProps) {
  if (!api?.id) return <p className="muted">Save the API to commit versions of it.</p>;
  return <VersionsPanel kind="apis" id={Number(api.id)} dirty={dirty} />;
}
