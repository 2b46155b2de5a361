import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../api/problem";

interface Props {
  /** The question, e.g. "Delete module sales?"; it names the dialog. */
  title: string;
  /** What deleting means, in a sentence. */
  description: string;
  /** Deletes; the dialog stays open with the server's refusal if it throws. */
  onConfirm: () => Promise<unknown>;
  /** Called when the user cancels, or after the delete succeeded. */
  onClose: () => void;
}

/** Asks before a delete and keeps the server's refusal (in use, say) readable inside the dialog. */
export function DeleteConfirmation({ title, description, onConfirm, onClose }: Props) {
  const remove = useMutation({ mutationFn: onConfirm, onSuccess: onClose });
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description>{description}</AlertDialog.Description>
          {remove.error && <p role="alert" className="error">{errorMessage(remove.error)}</p>}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild><button type="button">Cancel</button></AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes at once, before the server has answered. */}
            <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
              {remove.isPending ? "Deleting…" : "Delete"}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
