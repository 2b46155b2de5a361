import { Link } from "react-router";
import { DetailDrawer } from "../records/DetailDrawer";
import { DetailList } from "../records/DetailList";
import { JsonBlock } from "../records/JsonBlock";
import { when } from "../overview/when";
import { duration, type AccessLogEntry } from "./accessLogFilters";
import { StatusBadge } from "./StatusBadge";

/** Everything the access log keeps of one request. */
export function AccessLogDrawer({ entry, onClose }: { entry: AccessLogEntry; onClose: () => void }) {
  const api = entry.api_id == null
    ? null
    : <Link to={`/apis/${entry.api_id}`}>{entry.api_name ?? `API #${entry.api_id}`}</Link>;
  return (
    <DetailDrawer title={`Request ${entry.request_id}`} onClose={onClose}>
      <DetailList entries={[
        ["Time", <>{when(entry.created_at)} <span className="muted">({entry.created_at})</span></>],
        ["Request id", <code>{entry.request_id}</code>],
        ["Method", entry.method],
        ["Path", <code>{entry.path}</code>],
        ["Status", <StatusBadge status={entry.status} />],
        ["Duration", `${duration(entry.duration_ms)} (${entry.duration_ms} ms)`],
        ["API", api ?? <span className="muted">no API matched</span>],
        ["Client id", entry.client_id ?? <span className="muted">anonymous</span>],
        ["IP address", entry.ip],
        ["Record id", String(entry.id)],
      ]} />
      <JsonBlock label="Stored record" value={entry} />
    </DetailDrawer>
  );
}
