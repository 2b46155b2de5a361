import { useEffect, useMemo, useRef } from "react";
import { setDiagnostics } from "@codemirror/lint";
import { Annotation, Compartment, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { TemplateError } from "../apis/model";
import { minimalChange } from "./docChange";
import { accessibleName, basics, completion, editability, shortcuts, templateLanguage } from "./editorExtensions";
import type { SqlEditorProps } from "./SqlEditor";
import type { ParamChoice } from "./templateCompletions";
import { templateDiagnostics } from "./templateDiagnostics";
import { ShortcutHint } from "./ShortcutHint";
import { TemplateErrorList } from "./TemplateErrorList";
import "./editor.css";

/** Marks the transactions that carry the `value` prop in, so they are not reported back as edits. */
const fromProps = Annotation.define<boolean>();
const noErrors: readonly TemplateError[] = [];

/** The SQL template editor (loaded lazily by {@link SqlEditor}): CodeMirror with Liquid over the dialect's SQL, completion of tables,
 * columns, parameters and filters, the server's template errors marked in place and listed below,
 * and Ctrl/Cmd+Enter (run) and Ctrl/Cmd+S (save). The text is controlled by `value`. */
export function CodeMirrorSqlEditor({ label, value, onChange, readOnly = false, dialect, schema, params, errors = noErrors, onRun, onSave }: SqlEditorProps) {
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
          compartments.language.of(templateLanguage(dialect)),
          compartments.completion.of(completion(dialect, schema, () => latest.current.params)),
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
        compartments.language.reconfigure(templateLanguage(dialect)),
        compartments.completion.reconfigure(completion(dialect, schema, () => latest.current.params)),
      ],
    });
  }, [compartments, dialect, schema]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.editable.reconfigure(editability(readOnly)) });
  }, [compartments, readOnly]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.name.reconfigure(accessibleName(label)) });
  }, [compartments, label]);

  // Compared by content: the page hands a new (equal) list on every render.
  const errorsKey = JSON.stringify(errors);
  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, templateDiagnostics(editor.state.doc, errors)));
  }, [errorsKey]);

  return (
    <div className="sql-editor">
      <div ref={host} />
      <ShortcutHint run={onRun !== undefined && !readOnly} save={onSave !== undefined && !readOnly} />
      <TemplateErrorList errors={errors} />
    </div>
  );
}
