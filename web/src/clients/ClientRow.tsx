import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { lifetimeText, limitText, type Client } from "./clientForm";
import { clientsKey } from "./queries";

interface Props {
  client: Client;
  onEdit: () => void;
  onRotate: () => void;
  onDelete: () => void;
}

/** One client in the list, with the actions the user's permissions allow. */
export function ClientRow({ client, onEdit, onRotate, onDelete }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const { can } = useCurrentUser();
  const name = client.name ?? "";
  const active = client.is_active ?? true;
  const toggle = useMutation({
    mutationFn: () => api.patch<Client>(`/api/v1/clients/${client.id}`, { is_active: !active }),
    onSuccess: () => queries.invalidateQueries({ queryKey: clientsKey }),
  });
  const canUpdate = can("client", "update", client.id ?? "");
  return (
    <tr>
      <th scope="row">{name}</th>
      <td className="client-description" title={client.description ?? undefined}>{client.description}</td>
      <td>{active ? "yes" : <span className="error">no</span>}</td>
      <td>{limitText(client.rate_limit_per_minute)}</td>
      <td>{limitText(client.max_concurrent)}</td>
      <td>{lifetimeText(client.token_expire_seconds)}</td>
      <td>{client.api_ids?.length ?? 0}</td>
      <td>{client.group_ids?.length ?? 0}</td>
      <td>{client.created_at ? new Date(client.created_at).toLocaleDateString() : ""}</td>
      <td>
        <div className="row-actions">
          {canUpdate && <button type="button" aria-label={`Edit ${name}`} onClick={onEdit}>Edit</button>}
          {canUpdate && <button type="button" aria-label={`Rotate secret ${name}`} onClick={onRotate}>Rotate secret</button>}
          {canUpdate && (
            <button type="button" aria-label={`${active ? "Deactivate" : "Activate"} ${name}`} onClick={() => toggle.mutate()} disabled={toggle.isPending}>
              {active ? "Deactivate" : "Activate"}
            </button>
          )}
          {can("client", "delete", client.id ?? "") && <button type="button" aria-label={`Delete ${name}`} onClick={onDelete}>Delete</button>}
        </div>
        {toggle.error && <p role="alert" className="error">{errorMessage(toggle.error)}</p>}
      </td>
    </tr>
  );
}
