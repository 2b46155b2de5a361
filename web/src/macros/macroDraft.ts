import type { components } from "../api/schema";

type Schemas = components["schemas"];

/** A macro as the management API answers it. */
export type Macro = Schemas["MacroResponse"];

/** The body of create and update. */
export type MacroRequest = Schemas["MacroRequest"];

/** The editable part of a macro: what the editor changes and saves with one PATCH (or POST). */
export interface MacroDraft {
  name: string;
  description: string;
  /** The module whose APIs may include it; null for a global macro. */
  module_id: number | null;
  content: string;
}

/** What a new macro starts with. */
export const emptyMacroDraft: MacroDraft = { name: "", description: "", module_id: null, content: "" };

/** The draft a macro's answer holds. */
export function macroDraftOf(macro: Macro): MacroDraft {
  return {
    name: macro.name ?? "",
    description: macro.description ?? "",
    module_id: macro.module_id === null || macro.module_id === undefined || macro.module_id === "" ? null : Number(macro.module_id),
    content: macro.content ?? "",
  };
}

/** The body that saves a draft. A null module on update keeps the saved one (the server cannot
 * make a module's macro global again). */
export function macroRequest(draft: MacroDraft): MacroRequest {
  return { name: draft.name.trim(), description: draft.description, module_id: draft.module_id, content: draft.content };
}

/** Whether two drafts would save the same macro. */
export function sameMacroDraft(a: MacroDraft, b: MacroDraft): boolean {
  return a.name === b.name && a.description === b.description && a.module_id === b.module_id && a.content === b.content;
}

/** The state badge: `Published v{n}`, `Draft`, or `Not saved yet` for a new macro. */
export function macroState(macro: Macro | null | undefined): string {
  if (!macro) return "Not saved yet";
  return macro.is_published && macro.published_version != null ? `Published v${macro.published_version}` : "Draft";
}

/** The tag an API template includes a macro with. */
export function includeTag(name: string): string {
  return `{% include '${name.trim() || "name"}' %}`;
}

/** Where a macro may be included, for lists and pickers: "Global" or its module's name. */
export function scopeLabel(moduleId: number | string | null | undefined, modules: readonly { id?: number | string; name?: string }[]): string {
  if (moduleId === null || moduleId === undefined || moduleId === "") return "Global";
  const module = modules.find((m) => String(m.id) === String(moduleId));
  return module?.name ?? `Module ${moduleId}`;
}
