import type { Action, Permission, Resource } from "../auth/permissions";

export type { Action, Permission, Resource };

/** A grant as roles carry it; `resource_id` null covers every resource of the type. */
export interface Grant {
  resource_type: Resource;
  action: Action;
  resource_id: string | null;
}

/** A role as `GET /api/v1/roles` lists it (the server's `RoleResponse`). */
export interface Role {
  id: number;
  name: string;
  description: string | null;
  is_builtin: boolean;
  permissions: Grant[];
  created_at: string;
  updated_at: string;
}

/** The body of `POST /api/v1/roles` and `PATCH /api/v1/roles/{id}` (the server's `RoleRequest`). */
export interface RoleRequest {
  name: string;
  description: string | null;
  permissions: Grant[];
}

/** The answer of every list route. */
export interface ListOf<T> {
  data: T[];
  total: number;
}
