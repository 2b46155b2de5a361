import type { components } from "../api/schema";
import { count } from "./traffic";
import { when } from "./when";

type AccessLogEntry = components["schemas"]["AccessLogEntry"];

/** The latest gateway requests. */
export function RecentAccess({ rows }: { rows: AccessLogEntry[] }) {
  return (
    <table aria-label="Recent access">
      <thead><tr><th scope="col">When</th><th scope="col">Request</th><th scope="col">API</th><th scope="col">Status</th><th scope="col">ms</th></tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.id)}>
            <td>{when(row.created_at)}</td>
            <td><code>{row.method} {row.path}</code></td>
            <td>{row.api_name ?? <span className="muted">none</span>}</td>
            <td>{row.status}</td>
            <td>{count(row.duration_ms).toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
