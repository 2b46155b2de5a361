import { useEffect, useRef } from "react";
import { MergeView } from "@codemirror/merge";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, lineNumbers } from "@codemirror/view";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { javascript } from "@codemirror/lang-javascript";
import { sql } from "@codemirror/lang-sql";
import { tags } from "@lezer/highlight";
import type { EditorLanguage } from "../editor/CodeEditor";

/** One side of a comparison: its accessible name and its text. */
export interface DiffSide {
  label: string;
  text: string;
}

interface Props {
  left: DiffSide;
  right: DiffSide;
  /** SQL and JavaScript are highlighted; text (the parameters' JSON) is shown as it is. */
  language: EditorLanguage | "text";
}

// Classes rather than colours, so the tokens follow the light and dark themes (versions.css).
const highlight = HighlightStyle.define([
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: [tags.string, tags.special(tags.string)], class: "tok-string" },
  { tag: [tags.number, tags.bool, tags.null], class: "tok-number" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], class: "tok-comment" },
]);

function sideExtensions(label: string, language: Props["language"]): Extension[] {
  return [
    lineNumbers(),
    EditorState.readOnly.of(true),
    EditorView.editable.of(false),
    EditorView.contentAttributes.of({ "aria-label": label }),
    EditorView.lineWrapping,
    language === "text" ? [] : [language === "sql" ? sql() : javascript(), syntaxHighlighting(highlight)],
  ];
}

/** Two texts side by side, read-only, with the changed lines and words marked (CodeMirror's merge view). */
export function SideBySide({ left, right, language }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const view = new MergeView({
      a: { doc: left.text, extensions: sideExtensions(left.label, language) },
      b: { doc: right.text, extensions: sideExtensions(right.label, language) },
      parent: host.current,
      gutter: true,
      collapseUnchanged: { margin: 3, minSize: 8 },
    });
    return () => view.destroy();
  }, [left.label, left.text, right.label, right.text, language]);
  return <div className="side-by-side" ref={host} />;
}
