import type { components } from "../api/schema";
import { statusClasses } from "./traffic";

type StatusCount = components["schemas"]["StatusCount"];

/** Requests by status class, each with its share of the whole. */
export function StatusBreakdown({ rows }: { rows: StatusCount[] }) {
  const classes = statusClasses(rows);
  const all = classes.reduce((sum, c) => sum + c.count, 0);
  return (
    <ul className="status-list" aria-label="Requests by status class">
      {classes.map((c) => (
        <li key={c.label}>
          <span className={`status-badge status-${c.label}`}>{c.label}</span>
          <meter min={0} max={all} value={c.count} aria-label={`${c.label} share`} />
          <span>{c.count}</span>
        </li>
      ))}
    </ul>
  );
}
