import { errorMessage } from "../../api/problem";
import { useCurrentUser } from "../../auth/session";
import { clientChoices, useClients, type Client } from "./clients";

interface Props {
  apiId: number | string;
  value: string;
  onChange: (clientId: string, client: Client | null) => void;
}

/** Chooses the client a private API is tried as: the dashboard gets a short-lived token for it,
 * which needs update permission on that client. */
export function ClientPicker({ apiId, value, onChange }: Props) {
  const { can } = useCurrentUser();
  const mayRead = can("client", "read");
  const clients = useClients(mayRead && can("client", "update"));
  if (!mayRead || !can("client", "update")) {
    return <p className="muted">Trying a private API calls it as a client; that needs permission to read and update clients.</p>;
  }
  const usable = (clients.data?.data ?? []).filter((client) => can("client", "update", client.id ?? ""));
  const { granted, others } = clientChoices(usable, apiId);
  const byId = new Map(usable.map((client) => [String(client.id), client]));
  return (
    <div className="client-picker">
      <label htmlFor="try-client">Client</label>
      <select id="try-client" value={value} onChange={(e) => onChange(e.target.value, byId.get(e.target.value) ?? null)}
        aria-describedby="try-client-hint">
        <option value="">Choose a client…</option>
        {granted.length > 0 && (
          <optgroup label="Granted this API">
            {granted.map((client) => <option key={String(client.id)} value={String(client.id)}>{client.name}</option>)}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label="Other clients (granted through a group, or refused)">
            {others.map((client) => <option key={String(client.id)} value={String(client.id)}>{client.name}</option>)}
          </optgroup>
        )}
      </select>
      <span id="try-client-hint" className="muted param-hint">The call is made as this client, with a token that lives five minutes.</span>
      {clients.error != null && <p role="alert" className="error">{errorMessage(clients.error)}</p>}
      {clients.data && usable.length === 0 && <p className="muted">No active clients yet; create one on the Clients page.</p>}
    </div>
  );
}
