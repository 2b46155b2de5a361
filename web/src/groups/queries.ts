import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { components } from "../api/schema";

type GroupList = components["schemas"]["ListResponseOfGroupResponse"];

/** The query key of the group list; saving or deleting a group invalidates it. */
export const groupsKey = ["groups"] as const;

/** The groups (one page of the server's largest size). */
export function useGroups() {
  const api = useApi();
  return useQuery({
    queryKey: groupsKey,
    queryFn: () => api.get<GroupList>("/api/v1/groups?page_size=500"),
  });
}
