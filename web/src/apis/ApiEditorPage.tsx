import { useCallback, useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router";
import * as Tabs from "@radix-ui/react-tabs";
import { useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { Loading } from "../shell/Loading";
import { CodeEditor } from "../editor/CodeEditor";
import { emptyDraft, sameDraft, toDraft, toRequest, type ApiDraft, type ApiRecord } from "./model";
import { apiKey, apisKey, useApiRecord } from "./queries";
import { useLatestDebugRun } from "./debug/useDebugRun";
import { editorErrorsOf } from "./debug/scriptRun";
import { stateLabel } from "./apiListFilter";
import { useEditorSchema } from "./useEditorSchema";
import { useSaveShortcut } from "./useSaveShortcut";
import type { EditorTabProps } from "./tabs/EditorTabProps";
import { SettingsTab } from "./tabs/SettingsTab";
import { ParametersTab } from "./tabs/ParametersTab";
import { DebugTab } from "./tabs/DebugTab";
import { TestsTab } from "./tabs/TestsTab";
import { VersionsTab } from "./tabs/VersionsTab";
import { CallItTab } from "./tabs/CallItTab";

/** The editor's tabs, in order; the first one a new API needs is Settings. */
const tabs = [
  { value: "settings", label: "Settings", Tab: SettingsTab },
  { value: "parameters", label: "Parameters", Tab: ParametersTab },
  { value: "debug", label: "Debug", Tab: DebugTab },
  { value: "tests", label: "Tests", Tab: TestsTab },
  { value: "versions", label: "Versions", Tab: VersionsTab },
  { value: "call", label: "Call it", Tab: CallItTab },
] as const;

type TabValue = (typeof tabs)[number]["value"];

/** `/apis/:id` and `/apis/new`: the SQL (or script) editor beside the tabs that configure, run and ship it. */
export function ApiEditorPage() {
  const { id } = useParams();
  const apiId = id === undefined || id === "new" ? null : id;
  const record = useApiRecord(apiId);
  if (apiId !== null && record.isLoading) return <Loading />;
  if (record.error) return <p role="alert" className="error">{errorMessage(record.error)}</p>;
  return <ApiEditor key={apiId ?? "new"} saved={apiId === null ? null : (record.data ?? null)} />;
}

function ApiEditor({ saved }: { saved: ApiRecord | null }) {
  const api = useApi();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const { can } = useCurrentUser();
  const [base, setBase] = useState<ApiDraft>(() => (saved ? toDraft(saved) : emptyDraft));
  const [draft, setDraft] = useState<ApiDraft>(base);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [tab, setTab] = useState<TabValue>("settings");
  const [runSignal, setRunSignal] = useState(0);
  const readOnly = saved ? !can("api", "update", saved.id) : !can("api", "create");
  const dirty = !sameDraft(base, draft);

  // A refetch of the saved API (after a restore, say) replaces the draft when nothing is unsaved.
  useEffect(() => {
    if (!saved) return;
    const fresh = toDraft(saved);
    setBase((old) => {
      if (!sameDraft(old, fresh)) setDraft((current) => (sameDraft(current, old) ? fresh : current));
      return fresh;
    });
  }, [saved]);

  const change = useCallback((update: (draft: ApiDraft) => ApiDraft) => setDraft(update), []);

  const save = useCallback(async (): Promise<ApiRecord | null> => {
    if (readOnly) return null;
    setSaving(true);
    try {
      const body = toRequest(draft);
      const answer = saved?.id
        ? await api.patch<ApiRecord>(`/api/v1/apis/${saved.id}`, body)
        : await api.post<ApiRecord>("/api/v1/apis", body);
      setSaveError(null);
      await queries.invalidateQueries({ queryKey: apisKey, exact: true });
      queries.setQueryData(apiKey(answer.id!), answer);
      if (!saved?.id) void navigate(`/apis/${answer.id}`, { replace: true });
      return answer;
    } catch (error) {
      setSaveError(error instanceof ApiError ? error : new ApiError(0, errorMessage(error)));
      return null;
    } finally {
      setSaving(false);
    }
  }, [api, draft, navigate, queries, readOnly, saved?.id]);

  const { dialect, schema } = useEditorSchema(draft.datasource_id);
  // The shortcuts save when the Save button would: something changed, or nothing is saved yet.
  const saveShortcut = () => {
    if (!saving && (dirty || saved === null)) void save();
  };
  useSaveShortcut(saveShortcut, !readOnly);

  const run = useCallback(() => {
    setTab("debug");
    setRunSignal((n) => n + 1);
  }, []);

  // The template's (or script's) problems at their place: the refused save's, else the latest debug run's.
  const lastRun = useLatestDebugRun(saved?.id === undefined ? "new" : String(saved.id));
  const editorErrors = editorErrorsOf(saveError, lastRun);
  const script = draft.execute_engine === "script";
  const props: EditorTabProps = { api: saved, draft, change, dirty, save, saveError, readOnly, runSignal };
  const state = saved ? stateLabel(saved) : "Not saved yet";
  return (
    <section className="api-editor">
      <div className="section-header">
        <h1>{saved ? `API ${saved.name}` : "New API"}</h1>
        <span className="badge" aria-label="State">{state}</span>
        {dirty && <span className="muted">Unsaved changes</span>}
        {!readOnly && (
          <button type="button" className="primary" disabled={saving || (!dirty && saved !== null)} onClick={() => void save()}>
            {saving ? "Saving…" : "Save"}
          </button>
        )}
      </div>
      {saveError && <p role="alert" className="error">{saveError.message}</p>}
      <div className="api-editor-body">
        <div className="api-editor-sql">
          <CodeEditor label={script ? "Script" : "SQL template"} language={script ? "javascript" : "sql"}
            value={draft.content} readOnly={readOnly} dialect={dialect} schema={schema}
            params={draft.params.map((param) => param.name)}
            errors={editorErrors}
            onChange={(content) => change((d) => ({ ...d, content }))}
            onSave={saveShortcut} onRun={run} />
        </div>
        <Tabs.Root className="api-editor-tabs" value={tab} onValueChange={(value) => setTab(value as TabValue)}>
          <Tabs.List aria-label="API editor">
            {tabs.map(({ value, label }) => <Tabs.Trigger key={value} value={value}>{label}</Tabs.Trigger>)}
          </Tabs.List>
          {tabs.map(({ value, Tab }) => (
            <Tabs.Content key={value} value={value}>
              <Tab {...props} />
            </Tabs.Content>
          ))}
        </Tabs.Root>
      </div>
    </section>
  );
}
