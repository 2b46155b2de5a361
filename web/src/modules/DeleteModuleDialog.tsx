import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import type { Module } from "./moduleForm";
import { modulesKey } from "./queries";

/** Asks before deleting a module; the server refuses one that still holds APIs or macros. */
export function DeleteModuleDialog({ module, onClose }: { module: Module; onClose: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/api/v1/modules/${module.id}`),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: modulesKey });
      onClose();
    },
  });
  return (
    <ConfirmAlert title={`Delete module ${module.name}?`} confirmLabel="Delete" pendingLabel="Deleting…"
      onConfirm={() => remove.mutate()} onClose={onClose} pending={remove.isPending} error={remove.error}>
      <p>Only an empty module can be deleted: move or delete its APIs and macros first. This cannot be undone.</p>
    </ConfirmAlert>
  );
}
