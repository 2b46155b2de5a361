import { useState } from "react";

/** Copies `text` to the clipboard and says so; where the browser refuses (no secure context), it
 * says to select the text instead. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="copy-button">
      <button type="button" aria-label={label} onClick={() => void copy()}>Copy</button>
      <span role="status" className="muted">
        {state === "copied" ? "Copied." : state === "failed" ? "The browser refused; select the text and copy it." : ""}
      </span>
    </span>
  );
}
