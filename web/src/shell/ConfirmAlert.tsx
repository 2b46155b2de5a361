import type { ReactNode } from "react";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { errorMessage } from "../api/problem";

interface Props {
  /** The question, such as "Delete client x?"; it names the alert dialog. */
  title: string;
  /** What confirming means; it describes the alert dialog. */
  children: ReactNode;
  /** The confirming button's text, such as "Delete". */
  confirmLabel: string;
  /** The button's text while the action runs; "Delete…" for "Delete" unless given. */
  pendingLabel?: string;
  /** A destructive action (the default) gets a red button; a routine one the primary style. */
  tone?: "danger" | "primary";
  /** Room for longer explanations, such as a refusal's reasons. */
  wide?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** The action is running: the button is disabled and says so. */
  pending?: boolean;
  /** The refusal of the last attempt, shown as the server's sentence. */
  error?: unknown;
}

/** Asks before an action that cannot be taken back; stays open while it runs and shows why it failed.
 * The caller runs the action (usually a mutation) and closes the alert when it succeeds. */
export function ConfirmAlert({
  title, children, confirmLabel, pendingLabel, tone = "danger", wide = false, onConfirm, onClose, pending = false, error,
}: Props) {
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className={wide ? "dialog dialog-wide" : "dialog"}>
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description asChild><div>{children}</div></AlertDialog.Description>
          {error != null && <p role="alert" className="error">{errorMessage(error)}</p>}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild><button type="button">Cancel</button></AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes at once, and the outcome would go unseen. */}
            <button type="button" className={tone} onClick={onConfirm} disabled={pending}>
              {pending ? (pendingLabel ?? `${confirmLabel}…`) : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
