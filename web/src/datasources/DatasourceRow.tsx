import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { ConnectionResult } from "./ConnectionResult";
import { productTypes, type ConnectionTest, type Datasource } from "./datasourceForm";
import { datasourcesKey } from "./queries";

interface Props {
  datasource: Datasource;
  onSchema: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

function where(datasource: Datasource): string {
  if (!datasource.host) return datasource.database ?? "";
  const port = datasource.port == null ? "" : `:${datasource.port}`;
  return `${datasource.host}${port}/${datasource.database ?? ""}`;
}

function Health({ datasource }: { datasource: Datasource }) {
  if (datasource.last_error) {
    const at = datasource.last_error_at ? ` (${new Date(datasource.last_error_at).toLocaleString()})` : "";
    return <span className="error">Failing: {datasource.last_error}{at}</span>;
  }
  if (datasource.last_ok_at) return <span>OK {new Date(datasource.last_ok_at).toLocaleString()}</span>;
  return <span className="muted">Not checked yet</span>;
}

/** One datasource in the list, with the actions the user's permissions allow. */
export function DatasourceRow({ datasource, onSchema, onEdit, onDelete }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const { can } = useCurrentUser();
  const name = datasource.name ?? "";
  const test = useMutation({
    mutationFn: () => api.post<ConnectionTest>(`/api/v1/datasources/${datasource.id}/test`),
    // The test records the health the list shows.
    onSettled: () => queries.invalidateQueries({ queryKey: datasourcesKey }),
  });
  const product = productTypes.find((p) => p.value === datasource.product_type)?.label ?? datasource.product_type;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{product}</td>
      <td><code>{where(datasource)}</code></td>
      <td>{datasource.is_active ? "yes" : "no"}</td>
      <td>
        <Health datasource={datasource} />
        {test.data && <ConnectionResult result={test.data} />}
        {test.error && <p role="alert" className="error">{errorMessage(test.error)}</p>}
      </td>
      <td className="row-actions">
        <button type="button" aria-label={`Schema of ${name}`} onClick={onSchema}>Schema</button>
        {can("datasource", "execute", datasource.id) && (
          <button type="button" aria-label={`Test connection of ${name}`} onClick={() => test.mutate()} disabled={test.isPending}>Test</button>
        )}
        {can("datasource", "update", datasource.id) && <button type="button" aria-label={`Edit ${name}`} onClick={onEdit}>Edit</button>}
        {can("datasource", "delete", datasource.id) && <button type="button" aria-label={`Delete ${name}`} onClick={onDelete}>Delete</button>}
      </td>
    </tr>
  );
}
