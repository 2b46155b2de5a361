import { useState } from "react";
import type { ResultRow } from "../../shell/resultRows";

/** Copies the rows to the clipboard as pretty JSON and says whether that worked. */
export function CopyRowsButton({ rows }: { rows: readonly ResultRow[] }) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(JSON.stringify(rows, null, 2));
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }
  return (
    <>
      <button type="button" onClick={() => void copy()}>Copy as JSON</button>
      <span role="status" className={outcome === "failed" ? "error" : "muted"}>
        {outcome === "copied" ? "Copied." : outcome === "failed" ? "The browser did not allow copying." : ""}
      </span>
    </>
  );
}
