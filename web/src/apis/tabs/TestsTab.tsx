import { useState } from "react";
import { useCurrentUser } from "../../auth/session";
import { rowsOf } from "../../shell/resultRows";
import type { TestCase } from "../model";
import { useLatestDebugRun } from "../debug/useDebugRun";
import { RemoveTestCaseDialog } from "../tests/RemoveTestCaseDialog";
import { TestCaseDialog } from "../tests/TestCaseDialog";
import { TestCaseItem } from "../tests/TestCaseItem";
import { TestRunSummary } from "../tests/TestRunSummary";
import { formFromDebugRun, formOfTestCase, type TestCaseForm } from "../tests/testCaseForm";
import { saveErrorsOfCase, saveErrorsOfTests } from "../tests/testSaveErrors";
import { useTestRun } from "../tests/useTestRun";
import type { EditorTabProps } from "./EditorTabProps";
import "../debug/debug.css";
import "../tests/tests.css";

/** What is open over the list: the case editor (an index, or null for a new case) or the removal confirmation. */
type Panel = { kind: "edit"; index: number | null; initial: TestCaseForm } | { kind: "delete"; index: number } | null;

/** The API editor's Tests tab: the draft's test cases (add, edit, remove; they save with the API),
 * and a run of them against the saved draft, saving unsaved changes first, with each case's result. */
export function TestsTab({ api, draft, change, dirty, save, saveError, readOnly }: EditorTabProps) {
  const { can } = useCurrentUser();
  const apiId = api?.id === undefined || api.id === null ? null : Number(api.id);
  const lastDebug = useLatestDebugRun(apiId === null ? "new" : String(apiId));
  const testRun = useTestRun(apiId);
  const [panel, setPanel] = useState<Panel>(null);
  const [saving, setSaving] = useState(false);
  const [saveRefused, setSaveRefused] = useState(false);
  const cases = draft.tests;
  const names = cases.map((c) => c.name);
  const fieldErrors = saveError?.fieldErrors ?? {};
  const canRun = apiId !== null && can("api", "execute", apiId) && (!dirty || !readOnly);
  const latest = testRun.latest;
  const results = latest?.status === "success" ? (latest.data?.results ?? []) : [];
  const stale = latest?.input !== undefined && JSON.stringify(latest.input.tests) !== JSON.stringify(cases);

  function apply(index: number | null, testCase: TestCase) {
    change((d) => ({ ...d, tests: index === null ? [...d.tests, testCase] : d.tests.map((c, i) => (i === index ? testCase : c)) }));
    setPanel(null);
  }

  function remove(index: number) {
    change((d) => ({ ...d, tests: d.tests.filter((_, i) => i !== index) }));
    setPanel(null);
  }

  function addFromDebugRun() {
    const run = lastDebug?.data;
    const input = lastDebug?.input;
    if (!run || !input) return;
    // A write answers the gateway's one row with rows_affected; a script's answer is its data, so
    // it gives a status but no row count.
    const script = input.body.execute_engine === "script";
    const rowCount = script ? null : run.rows_affected !== null && run.rows_affected !== undefined ? 1 : run.success ? rowsOf(run.rows).length : null;
    const status = script ? run.status : null;
    const initial = formFromDebugRun(input.raw, { success: run.success === true, rowCount, truncated: run.truncated === true, status }, names);
    setPanel({ kind: "edit", index: null, initial });
  }

  async function runTests() {
    if (apiId === null) return;
    setSaveRefused(false);
    if (dirty) {
      // The server runs the saved draft, so unsaved cases and SQL are saved first.
      setSaving(true);
      const saved = await save();
      setSaving(false);
      if (!saved) {
        setSaveRefused(true);
        return;
      }
    }
    testRun.mutate({ apiId, tests: cases });
  }

  return (
    <div className="tests-tab">
      <div className="tests-toolbar">
        {!readOnly && (
          <button type="button" onClick={() => setPanel({ kind: "edit", index: null, initial: formOfTestCase(null, draft.params) })}>Add test case</button>
        )}
        {!readOnly && lastDebug?.status === "success" && <button type="button" onClick={addFromDebugRun}>Add from debug run</button>}
        {canRun && (
          <button type="button" className="primary" disabled={cases.length === 0 || saving || latest?.status === "pending"} onClick={() => void runTests()}>
            Run tests
          </button>
        )}
        {canRun && dirty && <span className="muted">Running saves the API first.</span>}
      </div>
      {apiId === null && !readOnly && <p className="muted">Save the API to run its test cases.</p>}
      {saving && <p role="status" className="muted">Saving…</p>}
      {saveRefused && (
        <p role="alert" className="error">The API was not saved, so the tests did not run{saveError ? `: ${saveError.message}` : "."}</p>
      )}
      {!saveRefused && <TestRunSummary state={latest} stale={stale} />}
      {saveErrorsOfTests(fieldErrors).map((line) => <p key={line} role="alert" className="error">Test cases {line}</p>)}
      {cases.length === 0 ? (
        <p className="muted">No test cases yet. A case gives values and what the API must answer: a status, a row count, rows.</p>
      ) : (
        <ul className="test-cases" aria-label="Test cases">
          {cases.map((testCase, index) => (
            <TestCaseItem key={`${index}-${testCase.name}`} testCase={testCase}
              result={results.find((r) => r.name === testCase.name)} saveErrors={saveErrorsOfCase(fieldErrors, index)}
              onEdit={readOnly ? undefined : () => setPanel({ kind: "edit", index, initial: formOfTestCase(testCase, draft.params) })}
              onDelete={readOnly ? undefined : () => setPanel({ kind: "delete", index })} />
          ))}
        </ul>
      )}
      {panel?.kind === "edit" && (
        <TestCaseDialog title={panel.index === null ? "New test case" : `Edit test case ${cases[panel.index]?.name ?? ""}`}
          initial={panel.initial} params={draft.params} otherNames={names.filter((_, i) => i !== panel.index)}
          onApply={(testCase) => apply(panel.index, testCase)} onClose={() => setPanel(null)} />
      )}
      {panel?.kind === "delete" && (
        <RemoveTestCaseDialog name={cases[panel.index]?.name ?? ""} onRemove={() => remove(panel.index)} onClose={() => setPanel(null)} />
      )}
    </div>
  );
}
