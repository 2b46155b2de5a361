/** A user as `GET /api/v1/users` lists it (the server's `UserPublic`): never the password. */
export interface User {
  id: number;
  username: string;
  email: string | null;
  full_name: string | null;
  is_active: boolean;
  is_superuser: boolean;
  created_at: string;
  updated_at: string;
  role_ids: number[] | null;
}

/** The body of `POST /api/v1/users` and `PATCH /api/v1/users/{id}` (the server's `UserRequest`);
 * on update, fields left out keep their value. */
export interface UserRequest {
  username?: string;
  password?: string;
  email?: string | null;
  full_name?: string | null;
  is_active?: boolean;
  is_superuser?: boolean;
  role_ids?: number[];
}
