import type { Version } from "./model";

interface Props {
  version: Version;
  author: string;
  /** The published version's number, if any. */
  published: number | null;
  canPublish: boolean;
  canRestore: boolean;
  onPublish: () => void;
  onRestore: () => void;
}

/** One committed version in the history, with publish (or roll back) and restore. */
export function VersionRow({ version, author, published, canPublish, canRestore, onPublish, onRestore }: Props) {
  const number = Number(version.version);
  const rollback = published !== null && number < published;
  const created = version.created_at ? new Date(version.created_at) : null;
  return (
    <tr>
      <th scope="row">v{number}</th>
      <td className="version-message">{version.commit_message}</td>
      <td>{author}</td>
      <td>{created && <time dateTime={version.created_at}>{created.toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" })}</time>}</td>
      <td>{version.is_published && <span className="badge badge-published">Published</span>}</td>
      <td>
        <div className="row-actions">
          {canPublish && !version.is_published && (
            <button type="button" aria-label={rollback ? `Roll back to version ${number}` : `Publish version ${number}`} onClick={onPublish}>
              {rollback ? "Roll back" : "Publish"}
            </button>
          )}
          {canRestore && (
            <button type="button" aria-label={`Restore version ${number} into the draft`} onClick={onRestore}>Restore</button>
          )}
        </div>
      </td>
    </tr>
  );
}
