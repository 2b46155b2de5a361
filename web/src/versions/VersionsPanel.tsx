import { useState } from "react";
import { errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import { Loading } from "../shell/Loading";
import { CommitDialog } from "./CommitDialog";
import { CompareDialog } from "./CompareDialog";
import { CompareForm } from "./CompareForm";
import { PublishDialog } from "./PublishDialog";
import { VersionRow } from "./VersionRow";
import { defaultSides, publishedNumber, refusalOf, resourceOf, type Side, type Version, type VersionedKind } from "./model";
import { useVersionList, useVersionedRecord } from "./queries";
import { useAuthors } from "./useAuthors";
import { useVersionActions } from "./useVersionActions";
import "./versions.css";

export type { VersionedKind } from "./model";

export interface VersionsPanelProps {
  kind: VersionedKind;
  id: number;
  /** The saved draft has changes the editor has not saved yet (commit would miss them). */
  dirty: boolean;
  /** Called after a restore rewrote the draft, so the editor reloads it. */
  onDraftReplaced?: () => void;
}

/** What is open over the history. */
type Open =
  | { kind: "commit" }
  | { kind: "publish"; version: Version }
  | { kind: "restore"; version: Version }
  | { kind: "unpublish" }
  | { kind: "compare"; from: Side; to: Side }
  | null;

/** Everything about the versions of an API or a macro: commit, the history, compare, publish, roll
 * back, unpublish (APIs) and restore into the draft. Actions the user may not take are hidden. */
export function VersionsPanel({ kind, id, dirty, onDraftReplaced }: VersionsPanelProps) {
  const { can } = useCurrentUser();
  const record = useVersionedRecord(kind, id);
  const list = useVersionList(kind, id);
  const authorOf = useAuthors();
  const { publish, unpublish, restore } = useVersionActions(kind, id);
  const [open, setOpen] = useState<Open>(null);
  const resource = resourceOf(kind);
  const canUpdate = can(resource, "update", id);
  const canExecute = can(resource, "execute", id);
  const versions = list.data?.data ?? [];
  const published = publishedNumber(record.data);
  const sides = defaultSides(versions);

  function close() {
    publish.reset();
    unpublish.reset();
    restore.reset();
    setOpen(null);
  }

  // Publish goes ahead at once; a roll back, or a refusal the user may override, asks first.
  function startPublish(version: Version) {
    const number = Number(version.version);
    if (published !== null && number < published) {
      setOpen({ kind: "publish", version });
      return;
    }
    publish.mutate({ versionId: String(version.id), force: false }, {
      onError: (error) => {
        if (refusalOf(error)?.forceable) setOpen({ kind: "publish", version });
      },
    });
  }

  const quickPublishError = publish.error && open?.kind !== "publish" && !refusalOf(publish.error)?.forceable ? publish.error : null;

  return (
    <section className="versions-panel" aria-labelledby={`${kind}-versions-heading`}>
      <div className="section-header">
        <h2 id={`${kind}-versions-heading`}>Versions</h2>
        {canExecute && kind === "apis" && published !== null && (
          <button type="button" onClick={() => setOpen({ kind: "unpublish" })}>Unpublish</button>
        )}
        {canUpdate && <button type="button" className="primary" onClick={() => setOpen({ kind: "commit" })}>Commit</button>}
      </div>
      <p className="muted" aria-live="polite">
        {published !== null ? `Version ${published} is published.` : "Nothing is published."}
      </p>
      {dirty && canUpdate && (
        <p role="note" className="versions-warning">The editor has unsaved changes: a commit takes the saved draft only.</p>
      )}
      {quickPublishError && <p role="alert" className="error">{errorMessage(quickPublishError)}</p>}
      {publish.isSuccess && open === null && <p role="status">Published.</p>}
      {(list.isLoading || record.isLoading) && <Loading />}
      {list.error != null && <p role="alert" className="error">{errorMessage(list.error)}</p>}
      {list.data && versions.length === 0 && (
        <p className="muted">No versions yet.{canUpdate ? " Commit the saved draft to make version 1." : ""}</p>
      )}
      {sides && <CompareForm key={String(versions[0]?.id)} versions={versions} initial={sides} onCompare={(from, to) => setOpen({ kind: "compare", from, to })} />}
      {versions.length > 0 && (
        <table className="list-table versions-table" aria-label="Versions">
          <thead>
            <tr>
              <th scope="col">Version</th><th scope="col">Message</th><th scope="col">Author</th><th scope="col">Date</th>
              <th scope="col">State</th><th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <VersionRow key={String(version.id)} version={version} author={authorOf(version.created_by)} published={published}
                canPublish={canExecute} canRestore={canUpdate}
                onPublish={() => startPublish(version)} onRestore={() => setOpen({ kind: "restore", version })} />
            ))}
          </tbody>
        </table>
      )}

      {open?.kind === "commit" && <CommitDialog kind={kind} id={id} dirty={dirty} onClose={close} />}
      {open?.kind === "compare" && <CompareDialog kind={kind} id={id} from={open.from} to={open.to} onClose={close} />}
      {open?.kind === "publish" && (
        <PublishDialog target={Number(open.version.version)} current={published} pending={publish.isPending} error={publish.error}
          onClose={close}
          onPublish={(force) => publish.mutate({ versionId: String(open.version.id), force }, { onSuccess: () => setOpen(null) })} />
      )}
      {open?.kind === "unpublish" && (
        <ConfirmAlert title={`Unpublish version ${published}?`} confirmLabel="Unpublish" pendingLabel="Working…" wide pending={unpublish.isPending}
          error={unpublish.error} onClose={close} onConfirm={() => unpublish.mutate(undefined, { onSuccess: close })}>
          <p>Clients calling this API get 404 until a version is published again. The versions and the draft stay.</p>
        </ConfirmAlert>
      )}
      {open?.kind === "restore" && (
        <ConfirmAlert title={`Restore version ${String(open.version.version)} into the draft?`} confirmLabel="Restore" pendingLabel="Working…" wide
          pending={restore.isPending} error={restore.error} onClose={close}
          onConfirm={() => restore.mutate(String(open.version.id), {
            onSuccess: () => {
              close();
              onDraftReplaced?.();
            },
          })}>
          <p>
            The saved draft is replaced by version {String(open.version.version)}. What is published does not change.
            {dirty && " The editor's unsaved changes are kept in the editor; saving them would overwrite the restored draft."}
          </p>
        </ConfirmAlert>
      )}
    </section>
  );
}

