import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { Loading } from "../shell/Loading";
import type { ApiRecord } from "./model";
import { apisKey } from "./queries";

/** The list of APIs with their state and version. */
export function ApiList() {
  const api = useApi();
  const { can } = useCurrentUser();
  const list = useQuery({
    queryKey: apisKey,
    queryFn: () => api.get<{ data?: ApiRecord[]; total?: number | string }>("/api/v1/apis?page_size=500"),
  });
  const rows = list.data?.data ?? [];
  return (
    <section>
      <div className="section-header">
        <h1>APIs</h1>
        {can("api", "create") && <Link className="button primary" to="/apis/new">New API</Link>}
      </div>
      {list.isLoading && <Loading />}
      {list.error && <p role="alert" className="error">{errorMessage(list.error)}</p>}
      {list.data && rows.length === 0 && <p className="muted">No APIs yet.</p>}
      {rows.length > 0 && (
        <table className="list-table" aria-label="APIs">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Method</th><th scope="col">Path</th><th scope="col">State</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td><Link to={`/apis/${row.id}`}>{row.name}</Link></td>
                <td>{row.http_method}</td>
                <td><code>/api/{row.path}</code></td>
                <td>{row.is_published ? `Published v${row.published_version}` : "Draft"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
