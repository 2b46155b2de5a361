import { when } from "../overview/when";
import { duration, type AccessLogEntry } from "./accessLogFilters";
import { StatusBadge } from "./StatusBadge";

interface Props {
  rows: AccessLogEntry[];
  onOpen: (row: AccessLogEntry) => void;
}

/** One page of gateway requests; clicking a row (or its request id) opens its details. */
export function AccessLogTable({ rows, onOpen }: Props) {
  return (
    <div className="table-scroll">
    <table className="list-table record-table" aria-label="Access logs">
      <thead>
        <tr>
          <th scope="col">Time</th><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Status</th>
          <th scope="col">Duration</th><th scope="col">API</th><th scope="col">Client</th><th scope="col">IP</th><th scope="col">Request id</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.id)} onClick={() => onOpen(row)}>
            <td>{when(row.created_at)}</td>
            <td>{row.method}</td>
            <td className="wrap"><code>{row.path}</code></td>
            <td><StatusBadge status={row.status} /></td>
            <td>{duration(row.duration_ms)}</td>
            <td>{row.api_name ?? <span className="muted">{row.api_id == null ? "none" : `#${row.api_id}`}</span>}</td>
            <td>{row.client_id ?? <span className="muted">anonymous</span>}</td>
            <td>{row.ip}</td>
            <td>
              <button type="button" className="link-button" aria-label={`Details of request ${row.request_id}`} title={row.request_id}
                onClick={(event) => { event.stopPropagation(); onOpen(row); }}>
                {row.request_id}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
