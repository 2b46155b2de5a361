import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import type { Extension } from "@codemirror/state";

/** The editor's look, from the app's CSS variables (editor.css sets the syntax colours), so it
 * follows the light, dark or system theme without reconfiguring. */
const chrome = EditorView.theme({
  "&": { backgroundColor: "var(--surface)", color: "var(--text)", border: "1px solid var(--border)", borderRadius: "6px", fontSize: "0.9rem" },
  "&.cm-focused": { outline: "2px solid var(--accent)", outlineOffset: "1px" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: "1.5" },
  ".cm-content": { caretColor: "var(--text)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--text)" },
  ".cm-gutters": { backgroundColor: "var(--bg)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine": { backgroundColor: "var(--cm-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--cm-active-line)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "var(--cm-selection)" },
  ".cm-tooltip": { backgroundColor: "var(--surface)", color: "var(--text)", border: "1px solid var(--border)" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "var(--nav-active)", color: "var(--text)" },
  ".cm-completionDetail": { color: "var(--muted)", marginLeft: "0.75em" },
  ".cm-panels": { backgroundColor: "var(--bg)", color: "var(--text)" },
  ".cm-searchMatch": { backgroundColor: "var(--cm-match)" },
  ".cm-matchingBracket": { backgroundColor: "var(--cm-match)" },
});

const highlighting = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: "var(--cm-keyword)", fontWeight: "600" },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--cm-string)" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--cm-number)" },
  { tag: [tags.lineComment, tags.blockComment, tags.comment], color: "var(--muted)", fontStyle: "italic" },
  { tag: [tags.variableName, tags.special(tags.name)], color: "var(--cm-variable)" },
  { tag: tags.function(tags.variableName), color: "var(--cm-function)" },
  { tag: [tags.typeName, tags.propertyName], color: "var(--cm-type)" },
  { tag: [tags.brace, tags.punctuation], color: "var(--cm-template)" },
]);

export const editorTheme: Extension = [chrome, syntaxHighlighting(highlighting)];
