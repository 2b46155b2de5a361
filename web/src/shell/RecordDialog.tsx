import type { ReactNode } from "react";
import * as Dialog from "@radix-ui/react-dialog";

interface Props {
  /** "New group", "Edit group x"…; it names the dialog. */
  title: string;
  description: ReactNode;
  /** Classes beside "dialog", such as "dialog-wide". */
  className?: string;
  /** Where focus goes on opening, when not the first field. */
  onOpenAutoFocus?: (event: Event) => void;
  onSubmit: () => void;
  onClose: () => void;
  /** The save is running: Save is disabled and says so. */
  pending: boolean;
  /** The refusal that belongs to no single field, as a sentence. */
  refusal?: string | null;
  /** What follows the refusal, such as a "Saved." status. */
  status?: ReactNode;
  /** Buttons beside Save, such as "Test connection". */
  actions?: ReactNode;
  /** False for a read-only record: no Save button. */
  canSave?: boolean;
  /** The closing button's text; "Cancel" unless given. */
  closeLabel?: string;
  children: ReactNode;
}

/** The frame every create/edit dialog shares: title, description, the form with its fields, the
 * refusal that belongs to no field, and Cancel/Save with the save's pending state. */
export function RecordDialog({
  title, description, className, onOpenAutoFocus, onSubmit, onClose, pending, refusal, status, actions,
  canSave = true, closeLabel = "Cancel", children,
}: Props) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={className ? `dialog ${className}` : "dialog"} onOpenAutoFocus={onOpenAutoFocus}>
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description className="muted">{description}</Dialog.Description>
          <form onSubmit={(event) => { event.preventDefault(); onSubmit(); }} noValidate>
            {children}
            {refusal && <p role="alert" className="error">{refusal}</p>}
            {status}
            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">{closeLabel}</button></Dialog.Close>
              {actions}
              {canSave && <button type="submit" className="primary" disabled={pending}>{pending ? "Saving…" : "Save"}</button>}
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
