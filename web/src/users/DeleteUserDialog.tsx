import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
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
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>Delete user {user.username}?</AlertDialog.Title>
          <AlertDialog.Description>They can no longer sign in. This cannot be undone.</AlertDialog.Description>
          {remove.error && <p role="alert" className="error">{errorMessage(remove.error)}</p>}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild><button type="button">Cancel</button></AlertDialog.Cancel>
            <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>Delete</button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
