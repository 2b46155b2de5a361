import { useEffect, useRef, useState, type FormEvent } from "react";
import { useCurrentUser } from "../../auth/session";
import { useDatasourceChoices } from "../queries";
import { DebugResult } from "../debug/DebugResult";
import { ParamValuesForm } from "../debug/ParamValuesForm";
import { debugRequestOf, defaultMaxRows, maxRowsOf } from "../debug/debugRequest";
import { coerceValues, type RawValue, type RawValues } from "../debug/valuesForm";
import { recallDebugInput, rememberDebugInput } from "../debug/rememberedValues";
import { useDebugRun } from "../debug/useDebugRun";
import type { EditorTabProps } from "./EditorTabProps";
import "../debug/debug.css";

/** The API editor's Debug tab: values for the declared parameters, a run of the unsaved draft
 * (the Run button or Ctrl/Cmd+Enter in the editor), then rows (a script's status, data and log
 * lines), statements as sent and timings. */
export function DebugTab({ api, draft, runSignal }: EditorTabProps) {
  const { can } = useCurrentUser();
  const apiId = api?.id === undefined || api.id === null ? null : Number(api.id);
  const apiKey = apiId === null ? "new" : String(apiId);
  const canRun = can("api", "execute", apiId ?? undefined);
  const datasources = useDatasourceChoices();
  const [remembered] = useState(() => recallDebugInput(apiKey));
  const [raw, setRaw] = useState<RawValues>(remembered?.raw ?? {});
  const [maxRows, setMaxRows] = useState(remembered?.maxRows ?? String(defaultMaxRows));
  const [valueErrors, setValueErrors] = useState<Record<string, string>>({});
  const debug = useDebugRun(apiKey);
  const latest = debug.latest;
  // The last run signal acted on, so showing the tab again does not run again.
  const handledSignal = useRef(latest?.input?.signal ?? 0);

  const productType = datasources.data?.data?.find((d) => Number(d.id) === draft.datasource_id)?.product_type;
  const script = draft.execute_engine === "script";
  // A script may run without a datasource (it then has no db); a SQL template may not.
  const runnable = script || draft.datasource_id !== null;

  function run(signal: number) {
    handledSignal.current = signal;
    if (!canRun || !runnable) return;
    const { values, errors } = coerceValues(draft.params, raw);
    setValueErrors(errors);
    if (Object.keys(errors).length > 0) return;
    debug.run({ body: debugRequestOf(draft, apiId, values, maxRowsOf(maxRows)), raw, values, signal });
  }

  useEffect(() => {
    if (runSignal > handledSignal.current) run(runSignal);
  });

  function remember(nextRaw: RawValues, nextMaxRows: string) {
    rememberDebugInput(apiKey, { raw: nextRaw, maxRows: nextMaxRows });
  }

  function changeValue(name: string, value: RawValue) {
    const next = { ...raw, [name]: value };
    setRaw(next);
    remember(next, maxRows);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    run(runSignal);
  }

  if (!canRun) {
    return <p className="muted">Running the draft needs the permission to execute APIs.</p>;
  }
  return (
    <div className="debug-tab">
      {!runnable && <p className="muted">Choose a datasource in Settings to run the draft.</p>}
      <form className="debug-form" aria-label="Debug values" noValidate onSubmit={submit}>
        <ParamValuesForm params={draft.params} raw={raw} errors={valueErrors} idPrefix="debug-value" onChange={changeValue} />
        <div className="debug-actions">
          {!script && (
            <>
              <label htmlFor="debug-max-rows">Max rows</label>
              <input id="debug-max-rows" type="number" min={1} step={1} value={maxRows}
                onChange={(e) => { setMaxRows(e.target.value); remember(raw, e.target.value); }} />
            </>
          )}
          <button type="submit" className="primary" disabled={!runnable || latest?.status === "pending"}>Run</button>
          <span className="muted">Runs the unsaved draft (Ctrl/Cmd+Enter in the editor too); its database changes are rolled back.</span>
        </div>
      </form>
      {latest && <DebugResult state={latest} productType={productType} />}
    </div>
  );
}
