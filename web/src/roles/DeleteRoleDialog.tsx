import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ConfirmAlert } from "../shell/ConfirmAlert";
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
    <ConfirmAlert title={`Delete role ${role.name}?`} confirmLabel="Delete" onConfirm={() => remove.mutate()} onClose={onClose}
      pending={remove.isPending} error={remove.error}>
      <p>{`This cannot be undone.${who}`}</p>
    </ConfirmAlert>
  );
}
