import { useCurrentUser } from "../auth/session";
import type { Role } from "../roles/types";
import type { User } from "./types";
import { userControls } from "./userRules";

interface Props {
  user: User;
  roles: readonly Role[];
  onEdit: () => void;
  onDelete: () => void;
}

function roleNames(user: User, roles: readonly Role[]): string {
  const ids = (user.role_ids ?? []).map(Number);
  return ids.map((id) => roles.find((role) => role.id === id)?.name ?? `#${id}`).join(", ");
}

/** One user in the list, with the actions the user's permissions and the server's rules allow. */
export function UserRow({ user, roles, onEdit, onDelete }: Props) {
  const { user: me, can } = useCurrentUser();
  const controls = userControls(user, me, roles);
  const mayEdit = can("user", "update", user.id);
  const mayDelete = can("user", "delete", user.id);
  const reason = mayEdit && controls.change ? controls.change : mayDelete ? controls.remove : null;
  const reasonId = `user-${user.id}-reason`;
  const names = roleNames(user, roles);
  return (
    <tr>
      <th scope="row">
        {user.username}
        {me && Number(me.id) === user.id && <span className="muted"> (you)</span>}
        {user.full_name && <div className="muted">{user.full_name}</div>}
      </th>
      <td>{names || <span className="muted">none</span>}</td>
      <td>{user.is_active ? "yes" : "no"}</td>
      <td>{user.is_superuser ? <span className="badge">Superuser</span> : "no"}</td>
      <td><time dateTime={user.created_at}>{new Date(user.created_at).toLocaleString()}</time></td>
      <td>
        <div className="row-actions">
          {mayEdit && (
            <button type="button" aria-label={`Edit ${user.username}`} onClick={onEdit} disabled={controls.change !== null}
              aria-describedby={controls.change ? reasonId : undefined}>Edit</button>
          )}
          {mayDelete && (
            <button type="button" aria-label={`Delete ${user.username}`} onClick={onDelete} disabled={controls.remove !== null}
              aria-describedby={controls.remove ? reasonId : undefined}>Delete</button>
          )}
        </div>
        {reason && <p id={reasonId} className="muted row-reason">{reason}</p>}
      </td>
    </tr>
  );
}
