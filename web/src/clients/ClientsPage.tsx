import { useState } from "react";
import { useCurrentUser } from "../auth/session";
import { ListState } from "../shell/ListState";
import { ClientDialog } from "./ClientDialog";
import { ClientRow } from "./ClientRow";
import { DeleteClientDialog } from "./DeleteClientDialog";
import { RotateSecretDialog } from "./RotateSecretDialog";
import { SecretDialog } from "./SecretDialog";
import type { Client, IssuedSecret } from "./clientForm";
import { useClients } from "./queries";
import "./clients.css";

/** What is open over the list: the editor (a client, or "new"), a confirmation. */
type Panel =
  | { kind: "edit"; client?: Client }
  | { kind: "rotate"; client: Client }
  | { kind: "delete"; client: Client }
  | null;

/** A secret being shown once, and whether it is a new client's or a rotated one. */
interface Shown {
  issued: IssuedSecret;
  rotated: boolean;
}

/** `/clients`: the gateway's clients with their limits and grants, their editor, secret
 * rotation and deletion. A secret lives only in this page's state while its dialog is open. */
export function ClientsPage() {
  const { can } = useCurrentUser();
  const [panel, setPanel] = useState<Panel>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const list = useClients();
  const rows = list.data?.data ?? [];
  return (
    <section>
      <div className="section-header">
        <h1>Clients</h1>
        {can("client", "create") && (
          <button type="button" className="primary" onClick={() => setPanel({ kind: "edit" })}>New client</button>
        )}
      </div>
      <p className="muted">Consumers of private APIs. A client gets tokens from <code>/api/token/generate</code> with its ID and secret, and may call the APIs granted to it directly or through its groups.</p>
      <ListState list={list} shown={rows.length} empty="No clients yet." />
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="list-table clients" aria-label="Clients">
            <thead>
              <tr>
                <th scope="col">Name</th><th scope="col">Description</th><th scope="col">Active</th>
                <th scope="col">Rate limit/min</th><th scope="col">Max concurrent</th><th scope="col">Token lifetime</th>
                <th scope="col">APIs</th><th scope="col">Groups</th><th scope="col">Created</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((client) => (
                <ClientRow key={client.id} client={client}
                  onEdit={() => setPanel({ kind: "edit", client })}
                  onRotate={() => setPanel({ kind: "rotate", client })}
                  onDelete={() => setPanel({ kind: "delete", client })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {panel?.kind === "edit" && (
        <ClientDialog client={panel.client} onClose={() => setPanel(null)} onCreated={(issued) => setShown({ issued, rotated: false })} />
      )}
      {panel?.kind === "rotate" && (
        <RotateSecretDialog client={panel.client} onClose={() => setPanel(null)} onRotated={(issued) => setShown({ issued, rotated: true })} />
      )}
      {panel?.kind === "delete" && <DeleteClientDialog client={panel.client} onClose={() => setPanel(null)} />}
      {shown && (
        <SecretDialog title={shown.rotated ? `New secret for ${shown.issued.name}` : `Client ${shown.issued.name} created`}
          issued={shown.issued} onClose={() => setShown(null)} />
      )}
    </section>
  );
}
