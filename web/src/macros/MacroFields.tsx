import { FieldError } from "../shell/FieldError";
import type { MacroDraft, MacroLanguage } from "./macroDraft";
import { scopeLabel, withLanguage } from "./macroDraft";

interface Props {
  draft: MacroDraft;
  change: (update: (draft: MacroDraft) => MacroDraft) => void;
  readOnly: boolean;
  /** Whether "Global" may be chosen: the server cannot turn a module's macro global again. */
  globalAllowed: boolean;
  /** Whether the language may be chosen: only before the first save. */
  languageChoosable: boolean;
  modules: readonly { id?: number | string; name?: string }[];
  fieldErrors: Record<string, string[]>;
}

const labels: Record<string, string> = { name: "Name", language: "Language", module_id: "Module", description: "Description" };

/** The macro's name, language, module and description, each with the server's reasons next to it. */
export function MacroFields({ draft, change, readOnly, globalAllowed, languageChoosable, modules, fieldErrors }: Props) {
  function errorProps(field: string) {
    return fieldErrors[field] ? { "aria-invalid": true, "aria-describedby": `macro-${field}-error` } : {};
  }
  function fieldError(field: string) {
    return <FieldError id={`macro-${field}-error`} label={labels[field] ?? field} messages={fieldErrors[field]} />;
  }
  // The saved module stays choosable even when the user cannot read the module list.
  const choices = draft.module_id !== null && !modules.some((m) => String(m.id) === String(draft.module_id))
    ? [...modules, { id: draft.module_id, name: scopeLabel(draft.module_id, modules) }]
    : modules;
  return (
    <div className="macro-fields">
      <label htmlFor="macro-name">Name</label>
      <input id="macro-name" value={draft.name} readOnly={readOnly} autoComplete="off" spellCheck={false}
        onChange={(e) => change((d) => ({ ...d, name: e.target.value }))} {...errorProps("name")} />
      {fieldError("name")}
      {!fieldErrors["name"] && <p className="muted hint">Letters, digits, "_", "-" and "." only.</p>}

      <label htmlFor="macro-language">Language</label>
      <select id="macro-language" value={draft.language} disabled={readOnly || !languageChoosable} aria-describedby="macro-language-hint"
        onChange={(e) => change((d) => withLanguage(d, e.target.value as MacroLanguage))} {...errorProps("language")}>
        <option value="sql">SQL template</option>
        <option value="javascript">JavaScript</option>
      </select>
      {fieldError("language")}
      <p id="macro-language-hint" className="muted hint">
        {languageChoosable ? "Chosen once: it cannot change after the first save." : "Chosen when the macro was created."}
      </p>

      <label htmlFor="macro-module">Module</label>
      <select id="macro-module" value={draft.module_id ?? ""} disabled={readOnly}
        onChange={(e) => change((d) => ({ ...d, module_id: e.target.value === "" ? null : Number(e.target.value) }))} {...errorProps("module_id")}>
        {globalAllowed && <option value="">Global (any API)</option>}
        {choices.map((m) => <option key={m.id} value={String(m.id)}>{m.name}</option>)}
      </select>
      {fieldError("module_id")}

      <label htmlFor="macro-description">Description</label>
      <textarea id="macro-description" rows={2} value={draft.description} readOnly={readOnly}
        onChange={(e) => change((d) => ({ ...d, description: e.target.value }))} {...errorProps("description")} />
      {fieldError("description")}
    </div>
  );
}
