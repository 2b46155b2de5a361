import type { ReactNode } from "react";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { errorMessage } from "../api/problem";

interface Props {
  /** The question, such as "Delete client x?"; it names the alert dialog. */
  title: string;
  children: ReactNode;
  /** The confirming button's text, such as "Delete". */
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  /** The refusal of the last attempt, shown as the server's sentence. */
  error: unknown;
}

/** Asks before a destructive action; stays open while it runs and shows why it failed. */
export function ConfirmAlert({ title, children, confirmLabel, onConfirm, onClose, pending, error }: Props) {
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description asChild><div>{children}</div></AlertDialog.Description>
          {error != null && <p role="alert" className="error">{errorMessage(error)}</p>}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild><button type="button">Cancel</button></AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes at once, and the outcome would go unseen. */}
            <button type="button" className="danger" onClick={onConfirm} disabled={pending}>{pending ? `${confirmLabel}…` : confirmLabel}</button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
