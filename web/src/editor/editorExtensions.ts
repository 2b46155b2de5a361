import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { javascript, javascriptLanguage } from "@codemirror/lang-javascript";
import { liquid } from "@codemirror/lang-liquid";
import { sql } from "@codemirror/lang-sql";
import { bracketMatching, indentOnInput } from "@codemirror/language";
import { lintGutter, lintKeymap } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorState, Prec, type Extension } from "@codemirror/state";
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from "@codemirror/view";
import { editorTheme } from "./editorTheme";
import type { Dialect } from "./dialects";
import type { EditorLanguage } from "./CodeEditor";
import { scriptCompletionSource } from "./scriptCompletions";
import { codeMirrorDialect } from "./sqlDialect";
import { sqlCompletionSources, type DatabaseSchema } from "./sqlCompletions";
import { templateCompletionSource, type ParamChoice } from "./templateCompletions";

/** Liquid over SQL: `{{ }}` and `{% %}` highlighted as template, the rest as the dialect's SQL. */
export function templateLanguage(dialect: Dialect | null | undefined): Extension {
  return liquid({ base: sql({ dialect: codeMirrorDialect(dialect), upperCaseKeywords: true }) });
}

/** JavaScript for script APIs and macros: highlighting, CodeMirror's keywords, snippets and local
 * names, and the script host's globals with the declared parameters. */
export function scriptLanguage(params: () => readonly ParamChoice[]): Extension {
  return [javascript(), javascriptLanguage.data.of({ autocomplete: scriptCompletionSource(params) })];
}

/** The editor's language: Liquid over the dialect's SQL, or JavaScript. */
export function codeLanguage(language: EditorLanguage, dialect: Dialect | null | undefined, params: () => readonly ParamChoice[]): Extension {
  return language === "javascript" ? scriptLanguage(params) : templateLanguage(dialect);
}

/** SQL templates complete from our sources only (lang-liquid's own would offer filters Sluice
 * lacks); JavaScript from the sources its language brings, ours among them. */
export function completion(language: EditorLanguage, dialect: Dialect | null | undefined, schema: DatabaseSchema | null | undefined, params: () => readonly ParamChoice[]): Extension {
  if (language === "javascript") return autocompletion({ icons: true });
  return autocompletion({
    override: [templateCompletionSource(params), ...sqlCompletionSources(codeMirrorDialect(dialect), schema)],
    icons: true,
  });
}

export function editability(readOnly: boolean): Extension {
  return [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];
}

export function accessibleName(label: string): Extension {
  return EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true" });
}

/** Ctrl/Cmd+Enter and Ctrl/Cmd+S, ahead of CodeMirror's own bindings (Mod-Enter inserts a line). */
export function shortcuts(run: () => boolean, save: () => boolean): Extension {
  return Prec.highest(keymap.of([
    { key: "Mod-Enter", run, preventDefault: true },
    { key: "Mod-s", run: save, preventDefault: true },
  ]));
}

/** What every code editor has regardless of its props. */
export const basics: Extension = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightActiveLine(),
  history(),
  drawSelection(),
  indentOnInput(),
  bracketMatching(),
  closeBrackets(),
  highlightSelectionMatches(),
  lintGutter(),
  EditorView.lineWrapping,
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
  editorTheme,
];
