import { statusClass } from "./accessLogFilters";

/** A response status, coloured by its class (2xx/3xx accent, 4xx/5xx error). */
export function StatusBadge({ status }: { status: number | string | undefined }) {
  return <span className={`status-pill status-${statusClass(status)}`}>{status}</span>;
}
