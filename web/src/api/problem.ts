/** An answer the server refused, with a message a person can read. */
export class ApiError extends Error {
  readonly status: number;
  /** Per-field messages of a validation problem (`errors` of the problem document). */
  readonly fieldErrors: Record<string, string[]>;
  /** The problem document's other members (`template_errors`, `problems`, `request_id`…), as sent. */
  readonly details: Record<string, unknown>;

  constructor(status: number, message: string, fieldErrors: Record<string, string[]> = {}, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.details = details;
  }
}

const fallbackByStatus: Record<number, string> = {
  400: "The request was not accepted.",
  401: "You are not signed in.",
  403: "You do not have permission to do this.",
  404: "Not found.",
  409: "This conflicts with something that already exists.",
  413: "The request is too large.",
  429: "Too many requests; wait a moment and try again.",
  500: "The server failed to answer; try again later.",
  503: "The server is unavailable; try again later.",
};

function statusFallback(status: number): string {
  return fallbackByStatus[status] ?? `The server answered with status ${status}.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fieldErrorsOf(body: Record<string, unknown>): Record<string, string[]> {
  const errors = body["errors"];
  if (!isRecord(errors)) return {};
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors)) {
    const list = Array.isArray(messages) ? messages : [messages];
    const texts = list.filter((m): m is string => typeof m === "string" && m.length > 0);
    if (texts.length > 0) result[field] = texts;
  }
  return result;
}

/**
 * Turns a failed answer's body (an RFC 9457 problem document, a gateway envelope, plain text
 * or nothing) into an {@link ApiError} whose message reads as a sentence, never as raw JSON.
 */
export function problemToError(status: number, body: unknown): ApiError {
  if (typeof body === "string") {
    const text = body.trim();
    // An HTML error page or a JSON text that is not a problem says nothing readable.
    const readable = text.length > 0 && text.length <= 300 && !text.startsWith("<") && !text.startsWith("{");
    return new ApiError(status, readable ? text : statusFallback(status));
  }
  if (!isRecord(body)) return new ApiError(status, statusFallback(status));
  const fieldErrors = fieldErrorsOf(body);
  const fieldLines = Object.entries(fieldErrors).map(([field, messages]) => `${field} ${messages.join(" ")}`);
  const detail = typeof body["detail"] === "string" ? body["detail"] : null;
  const message = typeof body["message"] === "string" ? body["message"] : null;
  const title = typeof body["title"] === "string" ? body["title"] : null;
  const text = fieldLines.length > 0 ? fieldLines.join(" ") : detail ?? message ?? title ?? statusFallback(status);
  return new ApiError(status, text, fieldErrors, body);
}

/** The readable message of anything a query or mutation threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return "The server could not be reached; check your connection.";
  return "Something went wrong; try again.";
}
