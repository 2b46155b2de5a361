import type { DebugStatement } from "./debugRequest";
import { boundValueLines, placeholderStyle } from "./statementValues";

/** Each statement exactly as sent: its SQL, then its bound values by placeholder (`$1 = 'x'`). */
export function StatementList({ statements, productType }: { statements: readonly DebugStatement[]; productType: string | null | undefined }) {
  if (statements.length === 0) return null;
  return (
    <section className="debug-statements" aria-label="Statements">
      <h3>{statements.length === 1 ? "Statement sent" : `${statements.length} statements sent`}</h3>
      <ol>
        {statements.map((statement, index) => {
          const sql = statement.sql ?? "";
          const lines = boundValueLines(placeholderStyle(productType, sql), statement.values ?? []);
          return (
            <li key={index}>
              <pre className="debug-sql" aria-label={`SQL of statement ${index + 1}`}>{sql}</pre>
              {lines.length === 0
                ? <p className="muted">No bound values.</p>
                : (
                  <ol className="bound-values" aria-label={`Bound values of statement ${index + 1}`}>
                    {lines.map((line, i) => <li key={i}><code>{line}</code></li>)}
                  </ol>
                )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
