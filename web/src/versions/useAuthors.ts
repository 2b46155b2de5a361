import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { useCurrentUser } from "../auth/session";

interface UserName {
  id?: number | string;
  username?: string;
}

/** Names the author of a version: a username when the user list may be read (or it is the signed-in
 * user), else the user's id. */
export function useAuthors(): (userId: number | string | null | undefined) => string {
  const api = useApi();
  const { user, can } = useCurrentUser();
  const mayRead = can("user", "read");
  const users = useQuery({
    queryKey: ["users", "names"],
    queryFn: () => api.get<{ data?: UserName[] }>("/api/v1/users?page_size=500"),
    enabled: mayRead,
    staleTime: 5 * 60_000,
  });
  const names = new Map((users.data?.data ?? []).map((u) => [String(u.id), u.username ?? ""]));
  return (userId) => {
    if (userId == null) return "unknown";
    const key = String(userId);
    if (user && String(user.id) === key) return user.username ?? key;
    return names.get(key) || `user ${key}`;
  };
}
