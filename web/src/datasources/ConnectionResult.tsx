import type { ConnectionTest } from "./datasourceForm";

/** The outcome of a connection test: success with its time, or the database's reason. */
export function ConnectionResult({ result }: { result: ConnectionTest }) {
  const elapsed = Math.round(Number(result.elapsed_ms));
  return result.ok ? (
    <p role="status" className="connection-ok">Connection succeeded ({elapsed} ms).</p>
  ) : (
    <p role="alert" className="error">Connection failed: {result.error ?? "no reason given"} ({elapsed} ms)</p>
  );
}
