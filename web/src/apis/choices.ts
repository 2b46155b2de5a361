import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { components } from "../api/schema";
import { useCurrentUser } from "../auth/session";

type ModuleList = components["schemas"]["ListResponseOfModuleResponse"];

/** The query key of the module list (the modules page invalidates ["modules"]). */
export const moduleChoicesKey = ["modules", "choices"] as const;

/** The modules an API may belong to, for pickers and the list's filter; not asked for when the
 * user may not read modules. */
export function useModuleChoices() {
  const api = useApi();
  const { can } = useCurrentUser();
  return useQuery({
    queryKey: moduleChoicesKey,
    queryFn: () => api.get<ModuleList>("/api/v1/modules?page_size=500"),
    enabled: can("module", "read"),
  });
}
