import { when } from "../overview/when";
import { resourceLabel, type AuditEntry } from "./auditFilters";

interface Props {
  rows: AuditEntry[];
  onOpen: (row: AuditEntry) => void;
}

/** One page of the audit trail, newest first; clicking a row (or its id) opens its details. */
export function AuditTable({ rows, onOpen }: Props) {
  return (
    <div className="table-scroll">
    <table className="list-table record-table" aria-label="Audit log">
      <thead>
        <tr>
          <th scope="col">Entry</th><th scope="col">Time</th><th scope="col">User</th><th scope="col">Action</th>
          <th scope="col">Resource</th><th scope="col">IP</th><th scope="col">Request id</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.id)} onClick={() => onOpen(row)}>
            <td>
              <button type="button" className="link-button" aria-label={`Details of audit entry ${row.id}`}
                onClick={(event) => { event.stopPropagation(); onOpen(row); }}>
                {row.id}
              </button>
            </td>
            <td>{when(row.created_at)}</td>
            <td>{row.username ?? <span className="muted">{row.user_id == null ? "unknown" : `#${row.user_id}`}</span>}</td>
            <td>{row.action}</td>
            <td>{resourceLabel(row) || <span className="muted">none</span>}</td>
            <td>{row.ip}</td>
            <td className="wrap"><code>{row.request_id}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
