import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import type { User } from "./types";

/** Asks before deleting a user; the server's refusal stays readable in the dialog. */
export function DeleteUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/api/v1/users/${user.id}`),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ["users"] });
      onClose();
    },
  });
  return (
    <ConfirmAlert title={`Delete user ${user.username}?`} confirmLabel="Delete" onConfirm={() => remove.mutate()} onClose={onClose}
      pending={remove.isPending} error={remove.error}>
      <p>They can no longer sign in. This cannot be undone.</p>
    </ConfirmAlert>
  );
}
