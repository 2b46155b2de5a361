/** The lines a script logged, in order, each with its level as a badge. */
export function LogLines({ lines }: { lines: readonly { level: "info" | "warn" | "error"; message: string }[] }) {
  return (
    <section className="debug-logs" aria-label="Log">
      <h3>{lines.length === 1 ? "1 log line" : `${lines.length} log lines`}</h3>
      {lines.length === 0
        ? <p className="muted">The script logged nothing.</p>
        : (
          <ol>
            {lines.map((line, index) => (
              <li key={index}>
                <span className={`badge log-${line.level}`}>{line.level}</span> <code>{line.message}</code>
              </li>
            ))}
          </ol>
        )}
    </section>
  );
}
