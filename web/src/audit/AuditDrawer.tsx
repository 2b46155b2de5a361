import { DetailDrawer } from "../records/DetailDrawer";
import { DetailList } from "../records/DetailList";
import { JsonBlock } from "../records/JsonBlock";
import { when } from "../overview/when";
import { resourceLabel, type AuditEntry } from "./auditFilters";

/** One audit entry: who did what to which resource, the change's summary and the chain hashes. */
export function AuditDrawer({ entry, onClose }: { entry: AuditEntry; onClose: () => void }) {
  return (
    <DetailDrawer title={`Audit entry ${entry.id}`} onClose={onClose}>
      <DetailList entries={[
        ["Time", <>{when(entry.created_at)} <span className="muted">({entry.created_at})</span></>],
        ["User", entry.username ? `${entry.username}${entry.user_id == null ? "" : ` (#${entry.user_id})`}` : null],
        ["Action", entry.action],
        ["Resource", resourceLabel(entry)],
        ["IP address", entry.ip],
        ["Request id", entry.request_id ? <code>{entry.request_id}</code> : null],
        ["Previous hash", <code>{entry.prev_hash}</code>],
        ["Hash", <code>{entry.hash}</code>],
      ]} />
      {entry.summary == null
        ? <p className="muted">This entry has no summary.</p>
        : <JsonBlock label="Summary" value={entry.summary} />}
    </DetailDrawer>
  );
}
