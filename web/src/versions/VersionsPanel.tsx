/** What has versions: an API or a macro, under `/api/v1/{kind}/{id}`. */
export type VersionedKind = "apis" | "macros";

export interface VersionsPanelProps {
  kind: VersionedKind;
  id: number;
  /** The saved draft has changes the editor has not saved yet (commit would miss them). */
  dirty: boolean;
  /** Called after a restore rewrote the draft, so the editor reloads it. */
  onDraftReplaced?: () => void;
}

/** Commit, history, diff, publish, unpublish and roll back (filled in by the versions work). */
export function VersionsPanel(_props: VersionsPanelProps) {
  return <p className="muted">No versions yet.</p>;
}
