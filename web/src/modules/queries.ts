import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { useCurrentUser } from "../auth/session";
import type { components } from "../api/schema";

type ModuleList = components["schemas"]["ListResponseOfModuleResponse"];
type ApiList = components["schemas"]["ListResponseOfApiResponse"];

/** The query key of the module list; saving or deleting a module invalidates it. */
export const modulesKey = ["modules"] as const;

/** The query key of how many APIs a module holds (under `apis`, so API changes refresh it too). */
export function moduleApiCountKey(id: number | string): readonly unknown[] {
  return ["apis", "count", "module", String(id)];
}

/** Every module the user may read, in the server's order (sort order, then name). */
export function useModules(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: modulesKey,
    queryFn: () => api.get<ModuleList>("/api/v1/modules?page_size=500"),
    enabled,
  });
}

/** How many APIs a module holds: the total of a one-row page of the filtered API list. Not
 * asked for when the user may not read APIs. */
export function useModuleApiCount(id: number | string | undefined) {
  const api = useApi();
  const { can } = useCurrentUser();
  return useQuery({
    queryKey: moduleApiCountKey(id ?? ""),
    queryFn: async () => Number((await api.get<ApiList>(`/api/v1/apis?module_id=${id}&page_size=1`)).total ?? 0),
    enabled: id !== undefined && can("api", "read"),
  });
}
