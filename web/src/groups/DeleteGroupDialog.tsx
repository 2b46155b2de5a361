import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { clientsKey } from "../clients/queries";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import type { Group } from "./groupForm";
import { groupsKey } from "./queries";

/** Asks before deleting a group; its clients lose the APIs they had only through it. */
export function DeleteGroupDialog({ group, onClose }: { group: Group; onClose: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/api/v1/groups/${group.id}`),
    onSuccess: async () => {
      // Clients list their groups, so both lists change.
      await Promise.all([queries.invalidateQueries({ queryKey: groupsKey }), queries.invalidateQueries({ queryKey: clientsKey })]);
      onClose();
    },
  });
  return (
    <ConfirmAlert title={`Delete group ${group.name}?`} confirmLabel="Delete" onConfirm={() => remove.mutate()} onClose={onClose}
      pending={remove.isPending} error={remove.error}>
      <p>Clients granted this group lose the APIs they could call only through it. This cannot be undone.</p>
    </ConfirmAlert>
  );
}
