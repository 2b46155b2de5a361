import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { permissionCheck, type Can, type CurrentUser } from "./permissions";

export const currentUserKey = ["users", "me"] as const;

/** The signed-in user and their permission check. */
export function useCurrentUser(): { user: CurrentUser | undefined; can: Can; isLoading: boolean; error: unknown } {
  const api = useApi();
  const query = useQuery({
    queryKey: currentUserKey,
    queryFn: () => api.get<CurrentUser>("/api/v1/users/me"),
    enabled: api.isSignedIn,
    staleTime: 60_000,
  });
  return { user: query.data, can: permissionCheck(query.data), isLoading: query.isLoading, error: query.error };
}

/** Where to go after signing in: the `next` of the login address if it is a path of this app. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  // Only same-origin paths: "//host" or "/\\host" would leave the app.
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/** The login address that returns to `path` after sign-in. */
export function loginPath(path: string): string {
  return path === "/" || path.startsWith("/login") ? "/login" : `/login?next=${encodeURIComponent(path)}`;
}
