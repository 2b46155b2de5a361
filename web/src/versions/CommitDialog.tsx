import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { ApiError, errorMessage } from "../api/problem";
import { FieldError } from "../shell/FieldError";
import { RefusalReasons } from "./RefusalReasons";
import { refusalOf, type VersionedKind } from "./model";
import { useVersionActions } from "./useVersionActions";

interface Props {
  kind: VersionedKind;
  id: number;
  /** The editor holds changes that are not saved, so the commit would not include them. */
  dirty: boolean;
  onClose: () => void;
}

/** Commits the saved draft as a new version with a message. A refusal by the SQL check lists its
 * problems and offers to commit anyway; "nothing changed" and field errors read as sentences. */
export function CommitDialog({ kind, id, dirty, onClose }: Props) {
  const { commit } = useVersionActions(kind, id);
  const [message, setMessage] = useState("");
  const error = commit.error;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const messageErrors = fieldErrors["commit_message"];
  const refusal = refusalOf(error);
  const otherFieldErrors = Object.entries(fieldErrors).filter(([field]) => field !== "commit_message");

  function send(force: boolean) {
    commit.mutate({ message: message.trim(), force }, { onSuccess: onClose });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(false);
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title>Commit a version</Dialog.Title>
          <Dialog.Description className="muted">The saved draft becomes the next version; publishing it is a separate step.</Dialog.Description>
          {dirty && (
            <p role="note" className="versions-warning">
              The editor has unsaved changes. They are not part of this commit; save first to include them.
            </p>
          )}
          <form onSubmit={submit} noValidate>
            <label htmlFor="commit-message">Commit message</label>
            <textarea id="commit-message" rows={3} required value={message} onChange={(e) => setMessage(e.target.value)}
              aria-invalid={messageErrors ? true : undefined} aria-describedby={messageErrors ? "commit-message-error" : undefined} />
            <FieldError id="commit-message-error" label="Commit message" messages={messageErrors} />
            {otherFieldErrors.map(([field, messages]) => (
              <p key={field} role="alert" className="error">{field === "content" ? "The template" : field} {messages.join(" ")}</p>
            ))}
            {error != null && !refusal?.forceable && Object.keys(fieldErrors).length === 0 && (
              <p role="alert" className="error">{errorMessage(error)}</p>
            )}
            {refusal?.forceable && <RefusalReasons refusal={refusal} />}
            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">Cancel</button></Dialog.Close>
              {refusal?.forceable && (
                <button type="button" className="danger" disabled={commit.isPending} onClick={() => send(true)}>Commit anyway</button>
              )}
              <button type="submit" className="primary" disabled={commit.isPending}>{commit.isPending ? "Committing…" : "Commit"}</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
