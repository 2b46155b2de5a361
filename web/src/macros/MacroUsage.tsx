import { importLine, includeTag, scopeLabel, type Macro, type MacroDraft } from "./macroDraft";
import { MacroReads } from "./MacroReads";

interface Props {
  /** The saved macro, or null before the first save. */
  saved: Macro | null;
  /** The macro as edited: its name and exports for the include tag or import line. */
  draft: MacroDraft;
  modules: readonly { id?: number | string; name?: string }[];
}

/** How an API includes (or a script imports) the macro, which APIs may, and the variables a SQL
 * macro reads (as saved). */
export function MacroUsage({ saved, draft, modules }: Props) {
  const reads = saved?.reads ?? [];
  const script = draft.language === "javascript";
  const moduleId = draft.module_id;
  const who = script ? "script API" : "API";
  return (
    <section className="panel macro-usage" aria-labelledby="macro-usage-heading">
      <h2 id="macro-usage-heading">Using it</h2>
      {script
        ? <p>A script API imports it with <code>{importLine(draft.name, draft.content)}</code>.</p>
        : <p>An API template includes it with <code>{includeTag(draft.name)}</code>.</p>}
      <p>
        {moduleId === null ? `Any ${who} may ${script ? "import" : "include"} it` : `Only ${who}s in module ${scopeLabel(moduleId, modules)} may ${script ? "import" : "include"} it`}
        {saved?.is_published ? `; they get the published version (v${saved.published_version}).` : "; once a version is published (see Versions)."}
      </p>
      {script ? null : <MacroReads saved={saved} reads={reads} />}
    </section>
  );
}
