import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { ListOf, Role } from "./types";

/** The query key of the role list; saving or deleting a role invalidates it. */
export const rolesKey = ["roles"] as const;

/** Every role the user may read (the server's page limit is 500). */
export function useRoles(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: rolesKey,
    queryFn: () => api.get<ListOf<Role>>("/api/v1/roles?page_size=500"),
    enabled,
  });
}
