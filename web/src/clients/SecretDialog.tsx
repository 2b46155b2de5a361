import { useRef, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import type { IssuedSecret } from "./clientForm";

interface Props {
  /** Such as "Client x created" or "New secret for x". */
  title: string;
  issued: IssuedSecret;
  /** "I have stored it": the page forgets the secret. */
  onClose: () => void;
}

type CopyState = "idle" | "copied" | "failed";

/** Shows a client's secret the one time the server gives it. Only "I have stored it" closes it,
 * so a stray click or Escape cannot lose the secret before it is stored. */
export function SecretDialog({ title, issued, onClose }: Props) {
  const [copy, setCopy] = useState<CopyState>("idle");
  const secretField = useRef<HTMLInputElement>(null);

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <Dialog.Root open>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" onOpenAutoFocus={(e) => { e.preventDefault(); secretField.current?.focus(); }}
          onEscapeKeyDown={(e) => e.preventDefault()} onPointerDownOutside={(e) => e.preventDefault()}
          onInteractOutside={(e) => e.preventDefault()}>
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description asChild>
            <p className="secret-warning" role="note">
              Copy the secret now and store it safely. It will not be shown again; if it is lost, rotate the secret.
            </p>
          </Dialog.Description>
          <label htmlFor="secret-client-id">Client ID</label>
          <input id="secret-client-id" readOnly value={issued.clientId} onFocus={(e) => e.target.select()} />
          <label htmlFor="secret-value">Client secret</label>
          <input id="secret-value" ref={secretField} className="secret-value" readOnly value={issued.secret} onFocus={(e) => e.target.select()} />
          <div className="dialog-actions">
            {copy === "copied" && <span role="status" className="copy-status">Copied</span>}
            {copy === "failed" && <span role="alert" className="error copy-status">Could not copy; select the secret and copy it.</span>}
            <button type="button" onClick={() => void copySecret()}>Copy secret</button>
            <button type="button" className="primary" onClick={onClose}>I have stored it</button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
