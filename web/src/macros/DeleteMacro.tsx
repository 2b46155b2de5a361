import { useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { DeleteConfirmation } from "../modules/DeleteConfirmation";
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
  async function remove() {
    await api.delete<void>(`/api/v1/macros/${macro.id}`);
    // Only the list: refetching the deleted macro itself would answer 404 to an editor still open on it.
    await queries.invalidateQueries({ queryKey: macrosKey, exact: true });
    onDeleted?.();
  }
  return (
    <DeleteConfirmation title={`Delete macro ${macro.name}?`}
      description="The server refuses while a published API includes it. This cannot be undone."
      onConfirm={remove} onClose={onClose} />
  );
}
