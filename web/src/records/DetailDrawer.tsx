import type { ReactNode } from "react";
import * as Dialog from "@radix-ui/react-dialog";

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog that slides in at the right edge with one record's details; Escape, the overlay or
 * Close dismiss it. */
export function DetailDrawer({ title, onClose, children }: Props) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="drawer" aria-describedby={undefined}>
          <div className="drawer-header">
            <Dialog.Title>{title}</Dialog.Title>
            <Dialog.Close asChild><button type="button">Close</button></Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
