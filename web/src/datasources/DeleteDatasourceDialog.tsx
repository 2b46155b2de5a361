import * as Dialog from "@radix-ui/react-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
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
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" role="alertdialog">
          <Dialog.Title>Delete datasource {datasource.name}?</Dialog.Title>
          <Dialog.Description>APIs can no longer use it. This cannot be undone.</Dialog.Description>
          {remove.error && <p role="alert" className="error">{errorMessage(remove.error)}</p>}
          <div className="dialog-actions">
            <Dialog.Close asChild><button type="button">Cancel</button></Dialog.Close>
            <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>Delete</button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
