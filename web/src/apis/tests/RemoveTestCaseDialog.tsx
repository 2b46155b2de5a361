import * as AlertDialog from "@radix-ui/react-alert-dialog";

/** Asks before removing a test case from the draft. */
export function RemoveTestCaseDialog({ name, onRemove, onClose }: { name: string; onRemove: () => void; onClose: () => void }) {
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>Delete test case {name}?</AlertDialog.Title>
          <AlertDialog.Description>It is removed from the draft; Save the API to make that stick.</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild><button type="button">Cancel</button></AlertDialog.Cancel>
            <AlertDialog.Action asChild><button type="button" className="danger" onClick={onRemove}>Delete</button></AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
