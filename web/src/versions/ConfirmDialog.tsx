import type { ReactNode } from "react";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { errorMessage } from "../api/problem";

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  pending: boolean;
  /** The server's refusal of the last attempt, shown as a sentence. */
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a version action that changes what clients get or overwrites the draft; stays open
 * (with the server's reason) when the action is refused. */
export function ConfirmDialog({ title, children, confirmLabel, danger, pending, error, onConfirm, onClose }: Props) {
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog-wide">
          <AlertDialog.Title>{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div>{children}</div>
          </AlertDialog.Description>
          {error != null && <p role="alert" className="error">{errorMessage(error)}</p>}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild><button type="button">Cancel</button></AlertDialog.Cancel>
            <button type="button" className={danger ? "danger" : "primary"} disabled={pending} onClick={onConfirm}>
              {pending ? "Working…" : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
