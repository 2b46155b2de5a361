import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { errorMessage } from "../api/problem";
import { rolesKey } from "./queries";
import type { Role } from "./types";

interface Props {
  role: Role;
  /** How many users hold the role, when the user may list users. */
  holders: number | null;
  onClose: () => void;
}

/** Asks before deleting a role; the server's refusal stays readable in the dialog. */
export function DeleteRoleDialog({ role, holders, onClose }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/api/v1/roles/${role.id}`),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: rolesKey });
      await queries.invalidateQueries({ queryKey: ["users"] });
      onClose();
    },
  });
  const who = holders ? ` ${holders === 1 ? "1 user loses" : `${holders} users lose`} its permissions.` : "";
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>Delete role {role.name}?</AlertDialog.Title>
          <AlertDialog.Description>{`This cannot be undone.${who}`}</AlertDialog.Description>
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
