import type { components } from "../api/schema";

type Schemas = components["schemas"];

/** A grant as `GET /api/v1/users/me` lists it. */
export type Permission = Schemas["PermissionBody"];

/** The signed-in user as `GET /api/v1/users/me` answers. */
export type CurrentUser = Schemas["CurrentUser"];

export type Resource = NonNullable<Permission["resource_type"]>;

export type Action = NonNullable<Permission["action"]>;

/** Answers whether the user may do `action` on `resource`. */
export type Can = (resource: Resource, action: Action, id?: string | number) => boolean;

/**
 * The server's rule: a superuser may do anything; a grant without `resource_id` covers every
 * resource of its type, one with an id covers that resource only. Without `id` the question is
 * "some of them" (what lists and menus need: the server filters a list to the readable ones).
 */
export function permissionCheck(user: CurrentUser | null | undefined): Can {
  if (!user) return () => false;
  if (user.is_superuser) return () => true;
  const grants = user.permissions ?? [];
  return (resource, action, id) => {
    const wanted = id === undefined ? null : String(id);
    return grants.some(
      (grant) =>
        grant.resource_type === resource &&
        grant.action === action &&
        (wanted === null || grant.resource_id == null || grant.resource_id === wanted),
    );
  };
}
