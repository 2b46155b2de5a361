import { StatusBadge } from "../../accessLogs/StatusBadge";
import { JsonBlock } from "../../records/JsonBlock";
import "../../records/records.css";
import type { DebugResponse } from "./debugRequest";
import { LogLines } from "./LogLines";
import { ResultRows } from "./ResultRows";
import { flatRowsOf, logLinesOf } from "./scriptRun";
import { StatementList } from "./StatementList";
import { Timings } from "./Timings";

/** What a script run did: the status the gateway would answer, the script's error (also marked
 * in the editor when it has a line) or the data it returned — as a table when it is a list of
 * flat objects, and as JSON — then what it logged, the statements it sent and the timings. */
export function ScriptDebugResult({ result, productType }: { result: DebugResponse; productType: string | null | undefined }) {
  const rows = result.success ? flatRowsOf(result.data) : null;
  return (
    <section className="debug-result" aria-label="Debug result">
      <div className="debug-outcome">
        <span className={`badge ${result.success ? "badge-ok" : "badge-failed"}`} aria-label="Outcome">{result.success ? "Succeeded" : "Failed"}</span>
        {result.status !== undefined && result.status !== null && (
          <span aria-label="Answer status">Answers <StatusBadge status={result.status} /></span>
        )}
        <Timings timings={result.timings} />
      </div>
      {!result.success && <p role="alert" className="error">{result.error ?? "The script failed."}</p>}
      {rows && <ResultRows rows={rows} truncated={false} />}
      {result.success && <JsonBlock label="Returned data" value={result.data ?? null} />}
      <LogLines lines={logLinesOf(result.logs)} />
      <StatementList statements={result.statements ?? []} productType={productType} />
    </section>
  );
}
