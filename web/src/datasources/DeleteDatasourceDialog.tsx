import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import type { Datasource } from "./datasourceForm";
import { datasourcesKey } from "./queries";

/** Asks before deleting a datasource; the server's refusal (APIs still use it) stays readable. */
export function DeleteDatasourceDialog({ datasource, onClose }: { datasource: Datasource; onClose: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/api/v1/datasources/${datasource.id}`),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: datasourcesKey });
      onClose();
    },
  });
  return (
    <ConfirmAlert title={`Delete datasource ${datasource.name}?`} confirmLabel="Delete" onConfirm={() => remove.mutate()} onClose={onClose}
      pending={remove.isPending} error={remove.error}>
      <p>APIs can no longer use it. This cannot be undone.</p>
    </ConfirmAlert>
  );
}
