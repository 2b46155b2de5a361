import type { RequestPlan } from "./requestPlan";

/** What the gateway answered to a try-it call. */
export interface TryResult {
  status: number;
  statusText: string;
  elapsedMs: number;
  /** The answer's headers worth showing (content type, cache, limits, request id), as sent. */
  headers: [string, string][];
  /** The body, pretty-printed when it is JSON. */
  body: string;
  /** The envelope's rows when the body is `{success, data: [...]}`. */
  rowCount: number | null;
}

/** Headers of note in a gateway answer. */
export const notableHeaders = ["content-type", "x-cache", "retry-after", "x-request-id", "x-total-count", "x-ratelimit-limit", "x-ratelimit-remaining", "www-authenticate"];

/** Whether browsers may send a body with this method (fetch refuses one on GET and HEAD). */
export function mayCarryBody(method: string): boolean {
  return method !== "GET" && method !== "HEAD";
}

/** The request `fetch` sends for a plan, with the bearer token of a private API. */
export function fetchInit(plan: RequestPlan, token: string | null): RequestInit {
  const headers: Record<string, string> = { Accept: "application/json" };
  for (const [name, value] of plan.headers) headers[name] = value;
  if (token) headers["Authorization"] = `Bearer ${token}`;
  const withBody = plan.body !== null && mayCarryBody(plan.method);
  if (withBody) headers["Content-Type"] = "application/json";
  return { method: plan.method, headers, body: withBody ? JSON.stringify(plan.body) : undefined, cache: "no-store" };
}

/** Reads an answer's body for showing: pretty JSON (with the envelope's row count) or the text. */
export function readBody(text: string): { body: string; rowCount: number | null } {
  try {
    const parsed = JSON.parse(text) as unknown;
    const data = typeof parsed === "object" && parsed !== null && "data" in parsed ? (parsed as { data: unknown }).data : undefined;
    return { body: JSON.stringify(parsed, null, 2), rowCount: Array.isArray(data) ? data.length : null };
  } catch {
    return { body: text, rowCount: null };
  }
}
