import { Loading } from "../../shell/Loading";
import { rowsOf } from "../../shell/resultRows";
import { refusalLines } from "./debugRequest";
import { ResultRows } from "./ResultRows";
import { ScriptDebugResult } from "./ScriptDebugResult";
import { StatementList } from "./StatementList";
import { Timings } from "./Timings";
import type { DebugRunState } from "./useDebugRun";

/** What the last run did: refused (why, with template errors at their line), failed (the
 * database's words), or succeeded (rows or rows affected); then the statements sent and timings.
 * A script run shows its own result (status, data, logs). */
export function DebugResult({ state, productType }: { state: DebugRunState; productType: string | null | undefined }) {
  if (state.status === "pending") return <Loading label="Running…" />;
  if (state.status === "error") {
    return (
      <div role="alert" className="debug-refused">
        <p className="error">The draft was not run:</p>
        <ul className="error">{refusalLines(state.error).map((line) => <li key={line}>{line}</li>)}</ul>
      </div>
    );
  }
  const result = state.data;
  if (!result) return null;
  if (state.input?.body.execute_engine === "script") return <ScriptDebugResult result={result} productType={productType} />;
  const affected = result.rows_affected;
  return (
    <section className="debug-result" aria-label="Debug result">
      <div className="debug-outcome">
        <span className={`badge ${result.success ? "badge-ok" : "badge-failed"}`} aria-label="Outcome">{result.success ? "Succeeded" : "Failed"}</span>
        <Timings timings={result.timings} />
      </div>
      {!result.success && <p role="alert" className="error">{result.error ?? "The run failed."}</p>}
      {result.success && affected !== null && affected !== undefined && (
        <p><strong>{Number(affected) === 1 ? "1 row affected" : `${affected} rows affected`}</strong> <span className="muted">(rolled back: a debug run changes nothing)</span></p>
      )}
      {result.success && (affected === null || affected === undefined) && <ResultRows rows={rowsOf(result.rows)} truncated={result.truncated === true} />}
      <StatementList statements={result.statements ?? []} productType={productType} />
    </section>
  );
}
