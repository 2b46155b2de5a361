import type { components } from "../api/schema";
import { when } from "./when";

type RecentCommit = components["schemas"]["RecentCommit"];

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
