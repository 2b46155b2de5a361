import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { Loading } from "../shell/Loading";
import type { components } from "../api/schema";
import type { Datasource } from "./datasourceForm";
import { schemaKey } from "./queries";

type DatasourceSchema = components["schemas"]["DatasourceSchemaResponse"];
type SchemaTable = components["schemas"]["SchemaTable"];

/** The tables and views of one datasource, each collapsible, with its columns; Refresh reads the
 * database again instead of the server's cache. */
export function SchemaBrowser({ datasource, onClose }: { datasource: Datasource; onClose: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const key = schemaKey(datasource.id ?? "");
  const schema = useQuery({
    queryKey: key,
    queryFn: () => api.get<DatasourceSchema>(`/api/v1/datasources/${datasource.id}/schema`),
  });

  async function refresh() {
    await queries.fetchQuery({
      queryKey: key,
      queryFn: () => api.get<DatasourceSchema>(`/api/v1/datasources/${datasource.id}/schema?refresh=true`),
      staleTime: 0,
    });
  }

  const schemas = schema.data?.schemas ?? [];
  const empty = schema.data && schemas.every((s) => s.tables.length === 0);
  return (
    <section className="schema-browser" aria-labelledby="schema-heading">
      <div className="section-header">
        <h2 id="schema-heading">Schema of {datasource.name}</h2>
        <button type="button" onClick={() => void refresh()} disabled={schema.isFetching}>{schema.isFetching ? "Refreshing…" : "Refresh"}</button>
        <button type="button" onClick={onClose}>Close schema</button>
      </div>
      {schema.isLoading && <Loading />}
      {schema.error && <p role="alert" className="error">{errorMessage(schema.error)}</p>}
      {schema.data?.fetched_at && (
        <p className="muted">Read {new Date(schema.data.fetched_at).toLocaleString()}{schema.data.cached ? " (cached)" : ""}</p>
      )}
      {empty && <p className="muted">This database has no tables or views.</p>}
      {schemas.map((named) => (
        <div key={named.name}>
          {schemas.length > 1 && <h3>{named.name}</h3>}
          {named.tables.map((table) => <TableColumns key={table.name} table={table} />)}
        </div>
      ))}
    </section>
  );
}

function TableColumns({ table }: { table: SchemaTable }) {
  return (
    <details className="schema-table">
      <summary><span>{table.name}</span> <span className="muted">({table.kind}, {table.columns.length} columns)</span></summary>
      <table aria-label={`Columns of ${table.name}`}>
        <thead>
          <tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Nullable</th><th scope="col">Primary key</th></tr>
        </thead>
        <tbody>
          {table.columns.map((column) => (
            <tr key={column.name}>
              <td>{column.name}</td>
              <td><code>{column.type}</code></td>
              <td>{column.nullable ? "yes" : "no"}</td>
              <td>{column.primary_key ? "yes" : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
