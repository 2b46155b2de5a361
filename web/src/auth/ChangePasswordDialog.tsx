import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Changes the signed-in user's password; shows the server's reasons next to each field. */
export function ChangePasswordDialog({ open, onOpenChange }: Props) {
  const api = useApi();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const change = useMutation({
    mutationFn: () => api.patch<{ message: string }>("/api/v1/users/me/password", { current_password: current, new_password: next }),
    onSuccess: () => {
      setCurrent("");
      setNext("");
    },
  });
  const fieldErrors = change.error instanceof ApiError ? change.error.fieldErrors : {};
  const general = change.error && Object.keys(fieldErrors).length === 0 ? errorMessage(change.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate();
  }

  function openChange(value: boolean) {
    if (!value) change.reset();
    onOpenChange(value);
  }

  return (
    <Dialog.Root open={open} onOpenChange={openChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>Change password</Dialog.Title>
          <Dialog.Description className="muted">Your other sessions are signed out when the password changes.</Dialog.Description>
          <form onSubmit={submit}>
            <label htmlFor="current-password">Current password</label>
            <input id="current-password" type="password" autoComplete="current-password" required value={current}
              onChange={(e) => setCurrent(e.target.value)} aria-describedby={fieldErrors["current_password"] ? "current-password-error" : undefined} />
            {fieldErrors["current_password"] && <p id="current-password-error" role="alert" className="error">Current password {fieldErrors["current_password"].join(" ")}</p>}
            <label htmlFor="new-password">New password</label>
            <input id="new-password" type="password" autoComplete="new-password" required value={next}
              onChange={(e) => setNext(e.target.value)} aria-describedby={fieldErrors["new_password"] ? "new-password-error" : undefined} />
            {fieldErrors["new_password"] && <p id="new-password-error" role="alert" className="error">New password {fieldErrors["new_password"].join(" ")}</p>}
            {general && <p role="alert" className="error">{general}</p>}
            {change.isSuccess && <p role="status">{change.data.message}</p>}
            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">Close</button></Dialog.Close>
              <button type="submit" className="primary" disabled={change.isPending}>Change password</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
