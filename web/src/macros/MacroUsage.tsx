import { includeTag, scopeLabel, type Macro } from "./macroDraft";

interface Props {
  /** The saved macro, or null before the first save. */
  saved: Macro | null;
  /** The name as edited, for the include tag. */
  name: string;
  moduleId: number | null;
  modules: readonly { id?: number | string; name?: string }[];
}

/** How an API includes the macro, which APIs may, and the variables it reads (as saved). */
export function MacroUsage({ saved, name, moduleId, modules }: Props) {
  const reads = saved?.reads ?? [];
  return (
    <section className="panel macro-usage" aria-labelledby="macro-usage-heading">
      <h2 id="macro-usage-heading">Using it</h2>
      <p>An API template includes it with <code>{includeTag(name)}</code>.</p>
      <p>
        {moduleId === null ? "Any API may include it" : `Only APIs in module ${scopeLabel(moduleId, modules)} may include it`}
        {saved?.is_published ? `; they get the published version (v${saved.published_version}).` : "; once a version is published (see Versions)."}
      </p>
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
    </section>
  );
}
