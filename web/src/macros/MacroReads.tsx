import type { Macro } from "./macroDraft";

/** The variables a saved SQL macro reads, which an API that includes it must declare. */
export function MacroReads({ saved, reads }: { saved: Macro | null; reads: readonly string[] }) {
  return (
    <>
      {!saved && <p className="muted">Save it to see the variables it reads.</p>}
      {saved && reads.length === 0 && <p>It reads no variables.</p>}
      {saved && reads.length > 0 && (
        <>
          <p>It reads these variables; an API that includes it must declare them as parameters (or set them with assign or capture):</p>
          <ul aria-label="Variables it reads" className="macro-reads">
            {reads.map((variable) => <li key={variable}><code>{variable}</code></li>)}
          </ul>
        </>
      )}
    </>
  );
}
