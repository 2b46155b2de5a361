import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ConfirmAlert } from "../shell/ConfirmAlert";
import type { Macro } from "./macroDraft";
import { macrosKey } from "./queries";

interface Props {
  macro: Macro;
  onClose: () => void;
  /** Called after the macro is gone (the editor leaves its page), before the dialog closes. */
  onDeleted?: () => void;
}

/** Asks before deleting a macro; the server refuses one that published APIs still include. */
export function DeleteMacro({ macro, onClose, onDeleted }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete<void>(`/api/v1/macros/${macro.id}`),
    onSuccess: async () => {
      // Only the list: refetching the deleted macro itself would answer 404 to an editor still open on it.
      await queries.invalidateQueries({ queryKey: macrosKey, exact: true });
      onDeleted?.();
      onClose();
    },
  });
  return (
    <ConfirmAlert title={`Delete macro ${macro.name}?`} confirmLabel="Delete" pendingLabel="Deleting…"
      onConfirm={() => remove.mutate()} onClose={onClose} pending={remove.isPending} error={remove.error}>
      <p>The server refuses while a published API includes it. This cannot be undone.</p>
    </ConfirmAlert>
  );
}
