import { useState } from "react";
import { errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { useRoles } from "../roles/queries";
import { ListState } from "../shell/ListState";
import { DeleteUserDialog } from "./DeleteUserDialog";
import { useUsers } from "./queries";
import type { User } from "./types";
import { UserDialog } from "./UserDialog";
import { UserRow } from "./UserRow";
import "./users.css";

/** What is open over the list: the editor (a user, or a new one) or the delete confirmation. */
type Panel = { kind: "edit"; user?: User } | { kind: "delete"; user: User } | null;

/** `/users`: dashboard accounts, their roles and flags. */
export function UsersPage() {
  const { can } = useCurrentUser();
  const [panel, setPanel] = useState<Panel>(null);
  const list = useUsers();
  const roles = useRoles(can("role", "read"));
  const roleList = roles.data?.data ?? [];
  const rows = list.data?.data ?? [];
  const mayReadRoles = can("role", "read");
  const rolesProblem = !mayReadRoles
    ? "You may not read roles, so you cannot give any."
    : roles.error ? `The roles could not be listed: ${errorMessage(roles.error)}` : null;
  return (
    <section>
      <div className="section-header">
        <h1>Users</h1>
        {can("user", "create") && (
          <button type="button" className="primary" onClick={() => setPanel({ kind: "edit" })}>New user</button>
        )}
      </div>
      <p className="muted">People who sign in to this dashboard. What they may do comes from their roles; superusers may do everything.</p>
      <ListState list={list} shown={rows.length} empty="No users yet." />
      {roles.error && <p role="alert" className="error">{rolesProblem}</p>}
      {rows.length > 0 && (
        <table className="list-table" aria-label="Users">
          <thead>
            <tr>
              <th scope="col">Username</th><th scope="col">Roles</th><th scope="col">Active</th>
              <th scope="col">Superuser</th><th scope="col">Created</th><th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <UserRow key={user.id} user={user} roles={roleList}
                onEdit={() => setPanel({ kind: "edit", user })} onDelete={() => setPanel({ kind: "delete", user })} />
            ))}
          </tbody>
        </table>
      )}
      {panel?.kind === "edit" && (
        <UserDialog user={panel.user} roles={roleList} rolesProblem={rolesProblem} onClose={() => setPanel(null)} />
      )}
      {panel?.kind === "delete" && <DeleteUserDialog user={panel.user} onClose={() => setPanel(null)} />}
    </section>
  );
}
