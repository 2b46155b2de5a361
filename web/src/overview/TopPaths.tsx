import type { components } from "../api/schema";
import { count } from "./traffic";

type PathTraffic = components["schemas"]["PathTraffic"];

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
