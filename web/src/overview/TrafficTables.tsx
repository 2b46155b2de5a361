import type { components } from "../api/schema";
import { count, statusClasses } from "./traffic";

type PathTraffic = components["schemas"]["PathTraffic"];
type StatusCount = components["schemas"]["StatusCount"];
type AccessLogEntry = components["schemas"]["AccessLogEntry"];
type RecentCommit = components["schemas"]["RecentCommit"];

/** When something happened, in the reader's locale. */
function when(iso?: string): string {
  return iso ? new Date(iso).toLocaleString() : "";
}

/** Requests by status class, each with its share of the whole. */
export function StatusBreakdown({ rows }: { rows: StatusCount[] }) {
  const classes = statusClasses(rows);
  const all = classes.reduce((sum, c) => sum + c.count, 0);
  return (
    <ul className="status-list" aria-label="Requests by status class">
      {classes.map((c) => (
        <li key={c.label}>
          <span className={`status-badge status-${c.label}`}>{c.label}</span>
          <meter min={0} max={all} value={c.count} aria-label={`${c.label} share`} />
          <span>{c.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** The most requested gateway paths. */
export function TopPaths({ rows }: { rows: PathTraffic[] }) {
  return (
    <table aria-label="Top paths">
      <thead><tr><th scope="col">Path</th><th scope="col">Requests</th><th scope="col">Failed</th><th scope="col">Mean ms</th></tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path}>
            <td><code>{row.path}</code></td>
            <td>{count(row.requests)}</td>
            <td>{count(row.failures)}</td>
            <td>{count(row.mean_ms).toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

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

/** The latest committed versions of APIs and macros. */
export function RecentCommits({ rows }: { rows: RecentCommit[] }) {
  return (
    <table aria-label="Recent commits">
      <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Version</th><th scope="col">Message</th></tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.version_id)}>
            <td>{when(row.created_at)}</td>
            <td>{row.kind} <strong>{row.name}</strong></td>
            <td>v{row.version}</td>
            <td>{row.commit_message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
