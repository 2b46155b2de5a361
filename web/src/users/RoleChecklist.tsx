import { useCurrentUser } from "../auth/session";
import type { Role } from "../roles/types";
import { roleRefusal } from "./userRules";
import { toggleRole } from "./userForm";

interface Props {
  roles: readonly Role[];
  value: number[];
  onChange: (ids: number[]) => void;
  /** Why roles cannot be changed at all (own account, a user who holds more), or null. */
  refused: string | null;
  describedBy?: string;
}

/** The roles a user holds, one checkbox each; roles the current user may not give are disabled
 * with the reason beside them. */
export function RoleChecklist({ roles, value, onChange, refused, describedBy }: Props) {
  const { user: me } = useCurrentUser();
  return (
    <fieldset className="role-checklist" aria-describedby={describedBy}>
      <legend>Roles</legend>
      {refused && <p className="muted">{refused}</p>}
      {roles.length === 0 && <p className="muted">There are no roles to give.</p>}
      <ul>
        {roles.map((role) => {
          const held = value.includes(role.id);
          // Taking a role away is refused like giving it: either changes what its holder may do.
          const reason = refused ? null : roleRefusal(role, me);
          const reasonId = `user-role-${role.id}-reason`;
          return (
            <li key={role.id}>
              <label className="checkbox">
                <input type="checkbox" checked={held} disabled={refused !== null || reason !== null}
                  aria-describedby={reason ? reasonId : undefined}
                  onChange={(e) => onChange(toggleRole(value, role.id, e.target.checked))} />
                {role.name}
              </label>
              {role.description && <span className="muted role-note">{role.description}</span>}
              {reason && <span id={reasonId} className="muted role-note">{reason}</span>}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
