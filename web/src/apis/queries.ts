import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { components } from "../api/schema";
import type { ApiRecord, ApiVersion } from "./model";

/** The query key of the API list; saving, publishing or deleting an API invalidates it. */
export const apisKey = ["apis"] as const;

/** The query key of one API (its draft and published state). */
export function apiKey(id: number | string): readonly unknown[] {
  return ["apis", String(id)];
}

/** The query key of one API's version history. */
export function versionsKey(id: number | string): readonly unknown[] {
  return ["apis", String(id), "versions"];
}

/** One API by id. */
export function useApiRecord(id: number | string | null) {
  const api = useApi();
  return useQuery({
    queryKey: apiKey(id ?? "new"),
    queryFn: () => api.get<ApiRecord>(`/api/v1/apis/${id}`),
    enabled: id !== null,
  });
}

/** One API's committed versions, newest first as the server lists them. */
export function useApiVersions(id: number | string | null) {
  const api = useApi();
  return useQuery({
    queryKey: versionsKey(id ?? "new"),
    queryFn: () => api.get<{ data?: ApiVersion[]; total?: number | string }>(`/api/v1/apis/${id}/versions?page_size=200`),
    enabled: id !== null,
  });
}

type DatasourceList = components["schemas"]["ListResponseOfDatasourceResponse"];

/** The datasources an API may run on (for pickers). */
export function useDatasourceChoices() {
  const api = useApi();
  return useQuery({
    queryKey: ["datasources"],
    queryFn: () => api.get<DatasourceList>("/api/v1/datasources?page_size=500"),
  });
}
