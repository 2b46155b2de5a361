import { FieldError } from "../shell/FieldError";
import type { MacroDraft } from "./macroDraft";
import { scopeLabel } from "./macroDraft";

interface Props {
  draft: MacroDraft;
  change: (update: (draft: MacroDraft) => MacroDraft) => void;
  readOnly: boolean;
  /** Whether "Global" may be chosen: the server cannot turn a module's macro global again. */
  globalAllowed: boolean;
  modules: readonly { id?: number | string; name?: string }[];
  fieldErrors: Record<string, string[]>;
}

const labels: Record<string, string> = { name: "Name", module_id: "Module", description: "Description" };

/** The macro's name, module and description, each with the server's reasons next to it. */
export function MacroFields({ draft, change, readOnly, globalAllowed, modules, fieldErrors }: Props) {
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
