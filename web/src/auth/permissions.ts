/** A grant as `GET /api/v1/users/me` lists it. */
export interface Permission {
  resource_type: string;
  action: string;
  resource_id: string | null;
}

/** The signed-in user as `GET /api/v1/users/me` answers. */
export interface CurrentUser {
  id: number;
  username: string;
  email: string | null;
  full_name: string | null;
  is_active: boolean;
  is_superuser: boolean;
  permissions: Permission[];
}

export type Resource =
  | "datasource" | "module" | "group" | "api" | "macro" | "client" | "user" | "role"
  | "access_log" | "overview" | "audit" | "webhook";

export type Action = "read" | "create" | "update" | "delete" | "execute";

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
  const grants = user.permissions;
  return (resource, action, id) => {
    const wanted = id === undefined ? null : String(id);
    return grants.some(
      (grant) =>
        grant.resource_type === resource &&
        grant.action === action &&
        (wanted === null || grant.resource_id === null || grant.resource_id === wanted),
    );
  };
}
