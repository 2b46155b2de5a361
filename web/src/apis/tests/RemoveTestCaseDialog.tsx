import { ConfirmAlert } from "../../shell/ConfirmAlert";

/** Asks before removing a test case from the draft. */
export function RemoveTestCaseDialog({ name, onRemove, onClose }: { name: string; onRemove: () => void; onClose: () => void }) {
  return (
    <ConfirmAlert title={`Delete test case ${name}?`} confirmLabel="Delete" onConfirm={onRemove} onClose={onClose}>
      <p>It is removed from the draft; Save the API to make that stick.</p>
    </ConfirmAlert>
  );
}
