import { Link } from "react-router";
import { count } from "./traffic";
import type { ApiTraffic } from "./topApis";

/** The most requested APIs, each linking to its editor. */
export function TopApis({ rows }: { rows: ApiTraffic[] }) {
  return (
    <table aria-label="Top APIs">
      <thead>
        <tr>
          <th scope="col">API</th><th scope="col">Endpoint</th><th scope="col">Requests</th><th scope="col">Failed</th>
          <th scope="col">Mean ms</th><th scope="col">p95 ms</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.api_id)}>
            <td>
              {row.name === null
                ? <span className="muted">Deleted API #{row.api_id}</span>
                : <Link to={`/apis/${row.api_id}`}>{row.name}</Link>}
            </td>
            <td>{row.path === null ? "" : <code>{row.method} /api/{row.path}</code>}</td>
            <td>{count(row.requests)}</td>
            <td>{count(row.failures)}</td>
            <td>{count(row.mean_ms).toFixed(1)}</td>
            <td>{count(row.p95_ms).toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
