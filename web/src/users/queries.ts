import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { ListOf } from "../roles/types";
import type { User } from "./types";

/** The query key of the user list; saving or deleting a user invalidates it. */
export const usersKey = ["users", "list"] as const;

/** Every user the current user may read (the server's page limit is 500). */
export function useUsers(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: usersKey,
    queryFn: () => api.get<ListOf<User>>("/api/v1/users?page_size=500"),
    enabled,
  });
}
