import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import type { Client } from "./clientForm";
import { clientsKey } from "./queries";

/** Asks before deleting a client; its tokens stop working. */
export function DeleteClientDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/api/v1/clients/${client.id}`),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: clientsKey });
      onClose();
    },
  });
  return (
    <ConfirmAlert title={`Delete client ${client.name}?`} confirmLabel="Delete" onConfirm={() => remove.mutate()} onClose={onClose}
      pending={remove.isPending} error={remove.error}>
      <p>Its tokens stop working and its grants are removed. This cannot be undone.</p>
    </ConfirmAlert>
  );
}
