import { useEffect, useMemo, useRef } from "react";
import { setDiagnostics } from "@codemirror/lint";
import { Annotation, Compartment, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { TemplateError } from "../apis/model";
import { minimalChange } from "./docChange";
import { accessibleName, basics, codeLanguage, completion, editability, shortcuts } from "./editorExtensions";
import type { CodeEditorProps } from "./CodeEditor";
import type { ParamChoice } from "./templateCompletions";
import { templateDiagnostics } from "./templateDiagnostics";
import { ShortcutHint } from "./ShortcutHint";
import { TemplateErrorList } from "./TemplateErrorList";
import "./editor.css";

/** Marks the transactions that carry the `value` prop in, so they are not reported back as edits. */
const fromProps = Annotation.define<boolean>();
const noErrors: readonly TemplateError[] = [];

/** The code editor (loaded lazily by {@link CodeEditor}): CodeMirror with Liquid over the dialect's
 * SQL (completion of tables, columns, parameters and filters) or JavaScript (completion of the
 * script host's globals and `params.x`), the server's errors marked in place and listed below,
 * and Ctrl/Cmd+Enter (run) and Ctrl/Cmd+S (save). The text is controlled by `value`. */
export function CodeMirrorEditor({
  label, value, onChange, readOnly = false, language = "sql", dialect, schema, params, errors = noErrors, onRun, onSave,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const compartments = useMemo(() => ({ language: new Compartment(), completion: new Compartment(), editable: new Compartment(), name: new Compartment() }), []);
  // Callbacks and parameters change every render; the editor reads the latest through refs.
  const latest = useRef({ onChange, onRun, onSave, params: [] as ParamChoice[] });
  latest.current = { onChange, onRun, onSave, params: (params ?? []).map((name) => ({ name, info: "parameter" })) };

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          basics,
          shortcuts(
            () => (latest.current.onRun ? (latest.current.onRun(), true) : false),
            () => (latest.current.onSave ? (latest.current.onSave(), true) : false),
          ),
          compartments.language.of(codeLanguage(language, dialect, () => latest.current.params)),
          compartments.completion.of(completion(language, dialect, schema, () => latest.current.params)),
          compartments.editable.of(editability(readOnly)),
          compartments.name.of(accessibleName(label)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((t) => t.annotation(fromProps))) {
              latest.current.onChange?.(update.state.doc.toString());
            }
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is built once; the effects below carry prop changes into it.
  }, []);

  useEffect(() => {
    const editor = view.current;
    const change = editor && minimalChange(editor.state.doc.toString(), value);
    if (editor && change) editor.dispatch({ changes: change, annotations: fromProps.of(true) });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: [
        compartments.language.reconfigure(codeLanguage(language, dialect, () => latest.current.params)),
        compartments.completion.reconfigure(completion(language, dialect, schema, () => latest.current.params)),
      ],
    });
  }, [compartments, language, dialect, schema]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.editable.reconfigure(editability(readOnly)) });
  }, [compartments, readOnly]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.name.reconfigure(accessibleName(label)) });
  }, [compartments, label]);

  const script = language === "javascript";
  // Compared by content: the page hands a new (equal) list on every render.
  const errorsKey = JSON.stringify(errors);
  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, templateDiagnostics(editor.state.doc, errors, script ? "Script" : "Template")));
  }, [errorsKey, script]);

  return (
    <div className="sql-editor" data-language={language}>
      <div ref={host} />
      <ShortcutHint run={onRun !== undefined && !readOnly} save={onSave !== undefined && !readOnly} language={language} />
      <TemplateErrorList errors={errors} noun={script ? "script" : "template"} />
    </div>
  );
}
