import { useCallback, useState, type KeyboardEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { templateErrorsOf } from "../apis/model";
import { FieldError } from "../shell/FieldError";
import { CodeEditor } from "../editor/CodeEditor";
import { useModules } from "../modules/queries";
import { VersionsPanel } from "../versions/VersionsPanel";
import { DeleteMacro } from "./DeleteMacro";
import { MacroFields } from "./MacroFields";
import { MacroUsage } from "./MacroUsage";
import { emptyMacroDraft, macroDraftOf, macroRequest, macroState, sameMacroDraft, type Macro, type MacroDraft } from "./macroDraft";
import { macroKey, macrosKey } from "./queries";

/** The macro editor: its template (or JavaScript) beside its name, language, module, how to use
 * it and its versions. */
export function MacroEditor({ saved }: { saved: Macro | null }) {
  const api = useApi();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const { can } = useCurrentUser();
  const modules = useModules(can("module", "read"));
  const [base, setBase] = useState<MacroDraft>(() => (saved ? macroDraftOf(saved) : emptyMacroDraft));
  const [draft, setDraft] = useState<MacroDraft>(base);
  const [seen, setSeen] = useState(saved);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const readOnly = saved ? !can("macro", "update", saved.id) : !can("macro", "create");
  const dirty = !sameMacroDraft(base, draft);

  // A refetch of the saved macro (after a save or a restore) becomes the base; it replaces the
  // draft only when nothing is unsaved.
  if (saved !== seen) {
    setSeen(saved);
    if (saved) {
      const fresh = macroDraftOf(saved);
      if (sameMacroDraft(draft, base)) setDraft(fresh);
      setBase(fresh);
    }
  }

  const change = useCallback((update: (draft: MacroDraft) => MacroDraft) => setDraft(update), []);

  const save = useCallback(async () => {
    if (readOnly || saving || (saved && !dirty)) return;
    setSaving(true);
    try {
      const body = macroRequest(draft, saved === null);
      const answer = saved
        ? await api.patch<Macro>(`/api/v1/macros/${saved.id}`, body)
        : await api.post<Macro>("/api/v1/macros", body);
      setSaveError(null);
      // What was saved is no longer unsaved, even where the server normalised it (a trimmed name).
      setDraft((current) => (sameMacroDraft(current, draft) ? macroDraftOf(answer) : current));
      queries.setQueryData(macroKey(answer.id!), answer);
      await queries.invalidateQueries({ queryKey: macrosKey, exact: true });
      if (!saved) void navigate(`/macros/${answer.id}`, { replace: true });
    } catch (error) {
      setSaveError(error instanceof ApiError ? error : new ApiError(0, errorMessage(error)));
    } finally {
      setSaving(false);
    }
  }, [api, dirty, draft, navigate, queries, readOnly, saved, saving]);

  function saveShortcut(event: KeyboardEvent) {
    // The SQL editor handles its own Ctrl/Cmd+S (and marks the event handled).
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "s") return;
    event.preventDefault();
    void save();
  }

  const templateErrors = templateErrorsOf(saveError?.details);
  const fieldErrors = saveError?.fieldErrors ?? {};
  const general = saveError && Object.keys(fieldErrors).length === 0 ? saveError.message : null;
  const moduleRows = modules.data?.data ?? [];
  const name = saved?.name ?? "";
  const script = draft.language === "javascript";
  return (
    <section className="macro-editor" onKeyDown={saveShortcut}>
      <p className="back-link"><Link to="/macros">Back to macros</Link></p>
      <div className="section-header">
        <h1>{saved ? `Macro ${name}` : "New macro"}</h1>
        <span className="badge" aria-label="State">{macroState(saved)}</span>
        {dirty && <span className="muted">Unsaved changes</span>}
        <div className="macro-editor-actions">
          {saved && can("macro", "delete", saved.id) && (
            <button type="button" aria-label={`Delete ${name}`} onClick={() => setDeleting(true)}>Delete</button>
          )}
          {!readOnly && (
            <button type="button" className="primary" disabled={saving || (saved !== null && !dirty)} onClick={() => void save()}>
              {saving ? "Saving…" : "Save"}
            </button>
          )}
        </div>
      </div>
      {general && <p role="alert" className="error">{general}</p>}
      <div className="macro-editor-body">
        <div className="macro-editor-template">
          <CodeEditor label={script ? "Macro script" : "Macro template"} language={draft.language} value={draft.content} readOnly={readOnly}
            errors={templateErrors} onChange={(content) => change((d) => ({ ...d, content }))} onSave={() => void save()} />
          {templateErrors.length === 0 && <FieldError id="macro-content-error" label={script ? "Script" : "Template"} messages={fieldErrors["content"]} />}
        </div>
        <div className="macro-editor-side">
          <MacroFields draft={draft} change={change} readOnly={readOnly} modules={moduleRows} fieldErrors={fieldErrors}
            globalAllowed={saved === null || saved.module_id == null} languageChoosable={saved === null} />
          <MacroUsage saved={saved} draft={draft} modules={moduleRows} />
          {saved && (
            <div className="panel">
              <VersionsPanel kind="macros" id={Number(saved.id)} dirty={dirty}
                onDraftReplaced={() => void queries.invalidateQueries({ queryKey: macroKey(saved.id!) })} />
            </div>
          )}
        </div>
      </div>
      {deleting && saved && (
        <DeleteMacro macro={saved} onClose={() => setDeleting(false)} onDeleted={() => void navigate("/macros", { replace: true })} />
      )}
    </section>
  );
}
