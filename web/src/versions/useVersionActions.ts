import { useMutation } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import type { Version, VersionedKind, VersionedRecord } from "./model";
import { useVersionsChanged } from "./queries";

export interface CommitInput {
  message: string;
  force: boolean;
}

export interface PublishInput {
  versionId: string;
  force: boolean;
}

/** The changes the versions panel makes, each refreshing the record, its versions and the list. */
export function useVersionActions(kind: VersionedKind, id: number) {
  const api = useApi();
  const changed = useVersionsChanged(kind, id);
  const base = `/api/v1/${kind}/${id}`;
  const commit = useMutation({
    mutationFn: ({ message, force }: CommitInput) =>
      api.post<Version>(`${base}/versions`, force ? { commit_message: message, force } : { commit_message: message }),
    onSuccess: changed,
  });
  const publish = useMutation({
    mutationFn: ({ versionId, force }: PublishInput) =>
      api.post<VersionedRecord>(`${base}/publish`, force ? { version_id: Number(versionId), force } : { version_id: Number(versionId) }),
    onSuccess: changed,
  });
  const unpublish = useMutation({
    mutationFn: () => api.post<VersionedRecord>(`${base}/unpublish`),
    onSuccess: changed,
  });
  const restore = useMutation({
    mutationFn: (versionId: string) => api.post<VersionedRecord>(`${base}/versions/${versionId}/restore`),
    onSuccess: changed,
  });
  return { commit, publish, unpublish, restore };
}
