import { useState } from "react";
import { useCurrentUser } from "../auth/session";
import { ListState } from "../shell/ListState";
import { useUsers } from "../users/queries";
import { DeleteRoleDialog } from "./DeleteRoleDialog";
import { holdersByRole } from "./holders";
import { useRoles } from "./queries";
import { RoleDialog } from "./RoleDialog";
import { RoleRow } from "./RoleRow";
import type { Role } from "./types";
import "./roles.css";

/** What is open over the list: the editor (a role, or a new one) or the delete confirmation. */
type Panel = { kind: "edit"; role?: Role } | { kind: "delete"; role: Role } | null;

/** `/roles`: the roles, their permission matrix and scoped grants. */
export function RolesPage() {
  const { can } = useCurrentUser();
  const [panel, setPanel] = useState<Panel>(null);
  const list = useRoles();
  const mayListUsers = can("user", "read");
  const users = useUsers(mayListUsers);
  const holders = users.data ? holdersByRole(users.data.data) : null;
  const rows = list.data?.data ?? [];
  const holdersOf = (role: Role) => (holders ? holders.get(role.id) ?? 0 : null);
  return (
    <section>
      <div className="section-header">
        <h1>Roles</h1>
        {can("role", "create") && (
          <button type="button" className="primary" onClick={() => setPanel({ kind: "edit" })}>New role</button>
        )}
      </div>
      <p className="muted">A role is a set of permissions; users hold the permissions of all their roles.</p>
      <ListState list={list} shown={rows.length} empty="No roles yet." />
      {rows.length > 0 && (
        <table className="list-table" aria-label="Roles">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Description</th><th scope="col">Built-in</th>
              <th scope="col">Users</th><th scope="col">Grants</th><th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((role) => (
              <RoleRow key={role.id} role={role} holders={holdersOf(role)}
                onOpen={() => setPanel({ kind: "edit", role })} onDelete={() => setPanel({ kind: "delete", role })} />
            ))}
          </tbody>
        </table>
      )}
      {panel?.kind === "edit" && <RoleDialog role={panel.role} onClose={() => setPanel(null)} />}
      {panel?.kind === "delete" && <DeleteRoleDialog role={panel.role} holders={holdersOf(panel.role)} onClose={() => setPanel(null)} />}
    </section>
  );
}
