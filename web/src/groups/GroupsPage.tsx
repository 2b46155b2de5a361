import { useState } from "react";
import { useCurrentUser } from "../auth/session";
import { useClients } from "../clients/queries";
import { ListState } from "../shell/ListState";
import { DeleteGroupDialog } from "./DeleteGroupDialog";
import { GroupDialog } from "./GroupDialog";
import { GroupRow } from "./GroupRow";
import { clientCounts, type Group } from "./groupForm";
import { useGroups } from "./queries";

/** What is open over the list: the editor (a group, or "new") or the delete confirmation. */
type Panel = { kind: "edit"; group?: Group } | { kind: "delete"; group: Group } | null;

/** `/groups`: sets of APIs granted to clients together, with how many clients use each. */
export function GroupsPage() {
  const { can } = useCurrentUser();
  const [panel, setPanel] = useState<Panel>(null);
  const list = useGroups();
  // The client count needs the client list, which only users who may read clients get.
  const readsClients = can("client", "read");
  const clients = useClients(readsClients);
  const counts = clients.data ? clientCounts(clients.data.data ?? []) : undefined;
  const rows = list.data?.data ?? [];
  return (
    <section>
      <div className="section-header">
        <h1>Groups</h1>
        {can("group", "create") && (
          <button type="button" className="primary" onClick={() => setPanel({ kind: "edit" })}>New group</button>
        )}
      </div>
      <p className="muted">Sets of private APIs. Granting a client a group lets it call every API in the group.</p>
      <ListState list={list} shown={rows.length} empty="No groups yet." />
      {rows.length > 0 && (
        <table className="list-table" aria-label="Groups">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Description</th><th scope="col">Active</th><th scope="col">APIs</th>
              {counts && <th scope="col">Clients</th>}
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((group) => (
              <GroupRow key={group.id} group={group} clients={counts ? (counts.get(String(group.id)) ?? 0) : undefined}
                onEdit={() => setPanel({ kind: "edit", group })}
                onDelete={() => setPanel({ kind: "delete", group })} />
            ))}
          </tbody>
        </table>
      )}
      {panel?.kind === "edit" && <GroupDialog group={panel.group} onClose={() => setPanel(null)} />}
      {panel?.kind === "delete" && <DeleteGroupDialog group={panel.group} onClose={() => setPanel(null)} />}
    </section>
  );
}
