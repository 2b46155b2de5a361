import type { components } from "../api/schema";

type Schemas = components["schemas"];

/** A macro as the management API answers it. */
export type Macro = Schemas["MacroResponse"];

/** The body of create and update. */
export type MacroRequest = Schemas["MacroRequest"];

/** What a macro is written in: a SQL template fragment or JavaScript a script imports. */
export type MacroLanguage = NonNullable<MacroRequest["language"]>;

/** The editable part of a macro: what the editor changes and saves with one PATCH (or POST). */
export interface MacroDraft {
  name: string;
  description: string;
  /** The module whose APIs may include it; null for a global macro. */
  module_id: number | null;
  /** Chosen when the macro is created; it cannot change afterwards. */
  language: MacroLanguage;
  content: string;
}

/** What a new macro starts with. */
export const emptyMacroDraft: MacroDraft = { name: "", description: "", module_id: null, language: "sql", content: "" };

/** What an empty macro switched to JavaScript starts with: one exported function. */
export const javascriptMacroStarter = `// A script imports what this exports: import { slugify } from "<this macro's name>";
export function slugify(text) {
  return String(text).toLowerCase().trim().replace(/[^a-z0-9]+/g, "-");
}
`;

/** The draft in another language: an empty draft switched to JavaScript gets the starter, and the
 * untouched starter goes again when it is switched back to SQL; any other text is kept. */
export function withLanguage(draft: MacroDraft, language: MacroLanguage): MacroDraft {
  if (language === draft.language) return draft;
  if (language === "javascript" && draft.content.trim() === "") return { ...draft, language, content: javascriptMacroStarter };
  if (language === "sql" && draft.content === javascriptMacroStarter) return { ...draft, language, content: "" };
  return { ...draft, language };
}

/** The draft a macro's answer holds. */
export function macroDraftOf(macro: Macro): MacroDraft {
  return {
    name: macro.name ?? "",
    description: macro.description ?? "",
    module_id: macro.module_id === null || macro.module_id === undefined || macro.module_id === "" ? null : Number(macro.module_id),
    language: macro.language === "javascript" ? "javascript" : "sql",
    content: macro.content ?? "",
  };
}

/** The body that saves a draft. A null module on update keeps the saved one (the server cannot
 * make a module's macro global again). The language goes with a create only, and only when it is
 * not SQL, the server's default; an update never sends it, as it cannot change. */
export function macroRequest(draft: MacroDraft, creating = false): MacroRequest {
  const body: MacroRequest = { name: draft.name.trim(), description: draft.description, module_id: draft.module_id, content: draft.content };
  return creating && draft.language !== "sql" ? { ...body, language: draft.language } : body;
}

/** Whether two drafts would save the same macro. */
export function sameMacroDraft(a: MacroDraft, b: MacroDraft): boolean {
  return a.name === b.name && a.description === b.description && a.module_id === b.module_id && a.language === b.language && a.content === b.content;
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

/** The names a JavaScript macro exports (`export function f`, `export const x`), in order. */
export function exportedNames(content: string): string[] {
  const names: string[] = [];
  for (const match of content.matchAll(/^\s*export\s+(?:async\s+)?(?:function\s*\*?|const|let|var|class)\s*([A-Za-z_$][\w$]*)/gm)) {
    if (match[1] && !names.includes(match[1])) names.push(match[1]);
  }
  return names;
}

/** The statement a script imports a JavaScript macro with, naming what it exports. */
export function importLine(name: string, content: string): string {
  const names = exportedNames(content);
  return `import { ${names.length > 0 ? names.join(", ") : "…"} } from "${name.trim() || "name"}";`;
}

/** Where a macro may be included, for lists and pickers: "Global" or its module's name. */
export function scopeLabel(moduleId: number | string | null | undefined, modules: readonly { id?: number | string; name?: string }[]): string {
  if (moduleId === null || moduleId === undefined || moduleId === "") return "Global";
  const module = modules.find((m) => String(m.id) === String(moduleId));
  return module?.name ?? `Module ${moduleId}`;
}
