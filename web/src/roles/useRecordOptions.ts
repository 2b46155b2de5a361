import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { listPathOf, sortedOptions, type NamedRecord } from "./resourceOptions";
import type { ListOf, Resource } from "./types";

/** The records of a resource type a grant can name, as picker options (id and label). */
export function useRecordOptions(resource: Resource | null) {
  const api = useApi();
  const path = resource ? listPathOf(resource) : null;
  return useQuery({
    queryKey: ["grant-targets", resource],
    queryFn: async () => sortedOptions((await api.get<ListOf<NamedRecord>>(path!)).data),
    enabled: path !== null,
    staleTime: 30_000,
  });
}
