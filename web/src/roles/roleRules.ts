import type { CurrentUser } from "../auth/permissions";
import { describeGrants, notHeld } from "./grants";
import type { Role } from "./types";

/** Why the server would refuse the current user changing or deleting a role (null: it allows it). */
export interface RoleAccess {
  change: string | null;
  remove: string | null;
}

/**
 * The server's rules for a role, beyond the role permissions themselves: built-in roles are
 * changed by superusers only and deleted by nobody; changing or deleting any role takes every
 * permission it grants.
 */
export function roleAccess(role: Role, me: CurrentUser | undefined): RoleAccess {
  const superuser = me?.is_superuser === true;
  const lacking = notHeld(me, role.permissions);
  const beyond = lacking.length > 0 ? `It grants permissions you do not hold: ${describeGrants(lacking)}.` : null;
  const change = role.is_builtin && !superuser ? `${role.name} is a built-in role; only a superuser can change it.` : beyond;
  const remove = role.is_builtin ? `${role.name} is a built-in role and cannot be deleted.` : beyond;
  return { change, remove };
}
