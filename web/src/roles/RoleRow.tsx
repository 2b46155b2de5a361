import { useCurrentUser } from "../auth/session";
import { roleAccess } from "./roleRules";
import type { Role } from "./types";

interface Props {
  role: Role;
  /** How many users hold it, or null when the user may not list users. */
  holders: number | null;
  onOpen: () => void;
  onDelete: () => void;
}

/** One role in the list, with the actions the user's permissions and the server's rules allow. */
export function RoleRow({ role, holders, onOpen, onDelete }: Props) {
  const { user: me, can } = useCurrentUser();
  const access = roleAccess(role, me);
  const mayEdit = can("role", "update", role.id) && access.change === null;
  const mayDelete = can("role", "delete", role.id);
  const reasonId = `role-${role.id}-reason`;
  // The reason shown is the one for the most capable control the user would otherwise have.
  const reason = can("role", "update", role.id) && access.change ? access.change : mayDelete ? access.remove : null;
  return (
    <tr>
      <th scope="row">{role.name}</th>
      <td>{role.description ?? <span className="muted">—</span>}</td>
      <td>{role.is_builtin ? <span className="badge">Built-in</span> : <span className="visually-hidden">no</span>}</td>
      <td>{holders ?? <span className="muted" title="You may not list users.">—</span>}</td>
      <td>{role.permissions.length}</td>
      <td>
        <div className="row-actions">
          {mayEdit ? (
            <button type="button" aria-label={`Edit ${role.name}`} onClick={onOpen}>Edit</button>
          ) : (
            <button type="button" aria-label={`View ${role.name}`} onClick={onOpen}>View</button>
          )}
          {mayDelete && (
            <button type="button" aria-label={`Delete ${role.name}`} onClick={onDelete} disabled={access.remove !== null}
              aria-describedby={access.remove ? reasonId : undefined}>Delete</button>
          )}
        </div>
        {reason && <p id={reasonId} className="muted row-reason">{reason}</p>}
      </td>
    </tr>
  );
}
