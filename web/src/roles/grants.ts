import type { CurrentUser } from "../auth/permissions";
import type { Grant } from "./types";

/** The identity of a grant, for sets and React keys. */
export function grantKey(grant: Grant): string {
  return `${grant.resource_type}:${grant.action}:${grant.resource_id ?? "*"}`;
}

/** The server's rule: `own` covers `wanted` when resource and action match and `own` is not
 * limited to one resource, or is limited to the same one. */
export function covers(own: Grant, wanted: Grant): boolean {
  return own.resource_type === wanted.resource_type && own.action === wanted.action
    && (own.resource_id == null || own.resource_id === wanted.resource_id);
}

/** The grants a user holds, in the shape roles use (unknown or incomplete entries left out). */
export function grantsOfUser(user: CurrentUser | undefined): Grant[] {
  return (user?.permissions ?? []).flatMap((p) =>
    p.resource_type && p.action ? [{ resource_type: p.resource_type, action: p.action, resource_id: p.resource_id ?? null }] : []);
}

/** Whether `user` holds `grant`: a superuser holds everything. */
export function holds(user: CurrentUser | undefined, grant: Grant): boolean {
  if (!user) return false;
  if (user.is_superuser) return true;
  return grantsOfUser(user).some((own) => covers(own, grant));
}

/**
 * The grants among `grants` that `user` does not hold, without repeats. The server refuses to
 * let anyone hand out, change or take over permissions they lack; these are what it would name.
 */
export function notHeld(user: CurrentUser | undefined, grants: readonly Grant[]): Grant[] {
  const seen = new Set<string>();
  return grants.filter((grant) => {
    const key = grantKey(grant);
    if (seen.has(key) || holds(user, grant)) return false;
    seen.add(key);
    return true;
  });
}

/** A grant as a short phrase, the way the server names it: `read api`, `update api 12`. */
export function describeGrant(grant: Grant): string {
  return `${grant.action} ${grant.resource_type}${grant.resource_id == null ? "" : ` ${grant.resource_id}`}`;
}

/** Grants as a list for a sentence, the first few only. */
export function describeGrants(grants: readonly Grant[], limit = 4): string {
  const named = grants.slice(0, limit).map(describeGrant).join(", ");
  return grants.length > limit ? `${named} and ${grants.length - limit} more` : named;
}
