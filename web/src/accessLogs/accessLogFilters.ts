import type { components } from "../api/schema";

/** A gateway request as the access log lists it. */
export type AccessLogEntry = components["schemas"]["AccessLogEntry"];

/** A page of the access log. */
export type AccessLogPage = components["schemas"]["ListResponseOfAccessLogEntry"];

/** Every filter `GET /api/v1/access-logs` takes, named as it takes them (the page's address uses
 * the same names). `from`/`to` are ISO 8601 times, `success` is "true" or "false". */
export const accessLogFilterKeys = [
  "path", "method", "success", "status", "api_id", "module_id", "group_id", "client_id", "ip", "request_id", "from", "to",
] as const;

export type AccessLogFilterKey = (typeof accessLogFilterKeys)[number];

export const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The outcome filter: the server's `success` (below 400, or 400 and above). */
export const outcomes = [
  { value: "", label: "Any" },
  { value: "true", label: "Succeeded (below 400)" },
  { value: "false", label: "Failed (400 and above)" },
] as const;

/** The status class of a status, e.g. "4xx". */
export function statusClass(status: number | string | undefined): string {
  const value = Number(status ?? 0);
  return Number.isFinite(value) && value >= 100 ? `${Math.floor(value / 100)}xx` : "other";
}

/** A duration in milliseconds as people read it: "0.8 ms", "12 ms", "1.25 s". */
export function duration(ms: number | string | undefined): string {
  const value = Number(ms ?? 0);
  if (!Number.isFinite(value)) return "";
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}
