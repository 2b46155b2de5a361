import type { TryResult } from "./tryIt";

/** The gateway's answer to a try-it call: status, time, headers of note and the body. */
export function ResponseView({ result }: { result: TryResult }) {
  const ok = result.status >= 200 && result.status < 300;
  return (
    <section className="try-response" aria-label="Response">
      <p role="status">
        <strong className={ok ? "status-ok" : "error"}>Status {result.status}{result.statusText ? ` ${result.statusText}` : ""}</strong>
        <span className="muted"> in {Math.round(result.elapsedMs)} ms</span>
        {result.rowCount !== null && <span className="muted"> · {result.rowCount} {result.rowCount === 1 ? "row" : "rows"}</span>}
      </p>
      {result.headers.length > 0 && (
        <dl className="try-headers">
          {result.headers.map(([name, value]) => (
            <div key={name}><dt>{name}</dt><dd><code>{value}</code></dd></div>
          ))}
        </dl>
      )}
      <pre className="try-body" aria-label="Response body" tabIndex={0}><code>{result.body}</code></pre>
    </section>
  );
}
