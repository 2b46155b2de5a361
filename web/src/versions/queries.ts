import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { apiKey, apisKey, versionsKey } from "../apis/queries";
import type { Version, VersionedKind, VersionedRecord } from "./model";

/** The query key of one versioned record (`["apis", id]`, `["macros", id]`). */
export function recordKey(kind: VersionedKind, id: number | string): readonly unknown[] {
  return kind === "apis" ? apiKey(id) : ["macros", String(id)];
}

/** The query key of a record's version list. */
export function versionListKey(kind: VersionedKind, id: number | string): readonly unknown[] {
  return kind === "apis" ? versionsKey(id) : ["macros", String(id), "versions"];
}

/** The query key of one committed version (its content never changes). */
export function versionKey(kind: VersionedKind, id: number | string, versionId: number | string): readonly unknown[] {
  return [...versionListKey(kind, id), String(versionId)];
}

/** The saved record (draft and published state). */
export function useVersionedRecord(kind: VersionedKind, id: number) {
  const api = useApi();
  return useQuery({
    queryKey: recordKey(kind, id),
    queryFn: () => api.get<VersionedRecord>(`/api/v1/${kind}/${id}`),
  });
}

/** A record's committed versions, newest first. */
export function useVersionList(kind: VersionedKind, id: number) {
  const api = useApi();
  return useQuery({
    queryKey: versionListKey(kind, id),
    queryFn: () => api.get<{ data?: Version[]; total?: number | string }>(`/api/v1/${kind}/${id}/versions?page_size=500`),
  });
}

/** One committed version with its content (and an API version's params). */
export function useVersion(kind: VersionedKind, id: number, versionId: number | string | null) {
  const api = useApi();
  return useQuery({
    queryKey: versionKey(kind, id, versionId ?? "none"),
    queryFn: () => api.get<Version>(`/api/v1/${kind}/${id}/versions/${versionId}`),
    enabled: versionId !== null,
    staleTime: Infinity,
  });
}

/** Refreshes what a commit, publish, unpublish or restore changed: the list of records (state
 * column), the record itself (the editor reloads its draft) and its versions. */
export function useVersionsChanged(kind: VersionedKind, id: number): () => Promise<void> {
  const queries = useQueryClient();
  return async () => {
    await Promise.all([
      queries.invalidateQueries({ queryKey: kind === "apis" ? apisKey : ["macros"], exact: true }),
      queries.invalidateQueries({ queryKey: recordKey(kind, id) }),
    ]);
  };
}
