import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { Loading } from "../shell/Loading";
import { filterApis, filterOf, searchOf, stateLabel, type ApiListFilter } from "./apiListFilter";
import { useModuleChoices } from "./choices";
import type { ApiRecord } from "./model";
import { apisKey, useDatasourceChoices } from "./queries";

function when(value: string | undefined): string {
  return value ? new Date(value).toLocaleString() : "";
}

/** The list of APIs with their module, datasource, state and version; the search, module and
 * state filters live in the address (`?q=&module=&state=`), so a filtered list can be shared. */
export function ApiList() {
  const api = useApi();
  const { can } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const list = useQuery({
    queryKey: apisKey,
    queryFn: () => api.get<{ data?: ApiRecord[]; total?: number | string }>("/api/v1/apis?page_size=500"),
  });
  const modules = useModuleChoices();
  const datasources = useDatasourceChoices();
  const moduleName = new Map((modules.data?.data ?? []).map((m) => [String(m.id), m.name ?? ""]));
  const datasourceName = new Map((datasources.data?.data ?? []).map((d) => [String(d.id), d.name ?? ""]));

  const all = list.data?.data ?? [];
  const rows = filterApis(all, filter);
  const setFilter = (change: Partial<ApiListFilter>) => setParams(searchOf({ ...filter, ...change }), { replace: true });
  const total = Number(list.data?.total ?? 0);

  return (
    <section>
      <div className="section-header">
        <h1>APIs</h1>
        {can("api", "create") && <Link className="button primary" to="/apis/new">New API</Link>}
      </div>
      <div className="api-filters" role="search" aria-label="Filter APIs">
        <div>
          <label htmlFor="api-search">Search</label>
          <input id="api-search" type="search" placeholder="Name or path" value={filter.search} onChange={(e) => setFilter({ search: e.target.value })} />
        </div>
        <div>
          <label htmlFor="api-module-filter">Module</label>
          <select id="api-module-filter" value={filter.module} onChange={(e) => setFilter({ module: e.target.value })}>
            <option value="">All modules</option>
            <option value="none">No module</option>
            {(modules.data?.data ?? []).map((m) => <option key={m.id} value={String(m.id)}>{m.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="api-state-filter">State</label>
          <select id="api-state-filter" value={filter.state} onChange={(e) => setFilter({ state: e.target.value as ApiListFilter["state"] })}>
            <option value="all">All</option>
            <option value="published">Published</option>
            <option value="draft">Draft</option>
          </select>
        </div>
      </div>
      {list.isLoading && <Loading />}
      {list.error && <p role="alert" className="error">{errorMessage(list.error)}</p>}
      {list.data && all.length === 0 && <p className="muted">No APIs yet.</p>}
      {all.length > 0 && rows.length === 0 && <p className="muted">No API matches these filters.</p>}
      {all.length < total && <p className="muted">Showing the first {all.length} of {total}.</p>}
      {rows.length > 0 && (
        <table className="list-table" aria-label="APIs">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Module</th>
              <th scope="col">Datasource</th><th scope="col">State</th><th scope="col">Version</th><th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td><Link to={`/apis/${row.id}`}>{row.name}</Link></td>
                <td>{row.http_method}</td>
                <td><code>/api/{row.path}</code></td>
                <td>{row.module_id == null ? <span className="muted">none</span> : moduleName.get(String(row.module_id)) ?? `#${row.module_id}`}</td>
                <td>{row.datasource_id == null ? "" : datasourceName.get(String(row.datasource_id)) ?? `#${row.datasource_id}`}</td>
                <td><span className="badge">{stateLabel(row)}</span></td>
                <td>{row.published_version == null ? <span className="muted">none</span> : `v${row.published_version}`}</td>
                <td>{when(row.updated_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
