import type { CurrentUser } from "../auth/permissions";
import { describeGrants, notHeld } from "../roles/grants";
import type { Grant, Role } from "../roles/types";
import type { User } from "./types";

/** For each control of the user editor, why the server would refuse it (null: it allows it). */
export interface UserControls {
  /** Any change to the user (password, state, roles). */
  change: string | null;
  remove: string | null;
  roles: string | null;
  superuser: string | null;
  deactivate: string | null;
}

function grantsOf(user: User, roles: readonly Role[]): Grant[] {
  const ids = new Set((user.role_ids ?? []).map(Number));
  return roles.filter((role) => ids.has(role.id)).flatMap((role) => role.permissions);
}

/**
 * The server's protections, so the dashboard can disable what it would refuse and say why:
 * nobody changes their own roles or superuser flag, deletes or deactivates themselves; only
 * superusers make or change superusers; changing another user takes every permission they hold
 * (through `roles`, the roles the current user can see). `target` is null for a new user.
 */
export function userControls(target: User | null, me: CurrentUser | undefined, roles: readonly Role[]): UserControls {
  const superuser = me?.is_superuser === true;
  const onlySuperusers = superuser ? null : "Only a superuser can make a superuser.";
  if (!target) return { change: null, remove: null, roles: null, superuser: onlySuperusers, deactivate: null };
  if (me && Number(me.id) === target.id) {
    return {
      change: null,
      remove: "You cannot delete your own account.",
      roles: "You cannot change your own roles.",
      superuser: "You cannot change your own superuser flag.",
      deactivate: "You cannot deactivate your own account.",
    };
  }
  let takeover: ((verb: string) => string) | null = null;
  if (target.is_superuser && !superuser) {
    takeover = (verb) => `Only a superuser can ${verb} a superuser.`;
  } else {
    const lacking = notHeld(me, grantsOf(target, roles));
    if (lacking.length > 0) takeover = (verb) => `You cannot ${verb} ${target.username}: they hold permissions you do not: ${describeGrants(lacking)}.`;
  }
  const change = takeover?.("change") ?? null;
  return {
    change,
    remove: takeover?.("delete") ?? null,
    roles: change,
    superuser: change ?? (superuser ? null : "Only a superuser can change the superuser flag."),
    deactivate: change,
  };
}

/** Why the current user cannot give `role` to someone (it grants more than they hold), or null. */
export function roleRefusal(role: Role, me: CurrentUser | undefined): string | null {
  const lacking = notHeld(me, role.permissions);
  return lacking.length > 0 ? `You cannot give this role: it grants permissions you do not hold: ${describeGrants(lacking)}.` : null;
}
