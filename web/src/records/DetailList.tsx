import type { ReactNode } from "react";

/** A record's fields as term and value; a missing value reads "none". */
export function DetailList({ entries }: { entries: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="detail-list">
      {entries.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value === null || value === undefined || value === "" ? <span className="muted">none</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
