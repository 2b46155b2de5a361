/** One thing a script can name: a global or one of its members, with what it does. */
export interface ScriptWord {
  name: string;
  /** How it is called, shown beside the name: `(sql, values)`. */
  signature?: string;
  description: string;
}

/** A global the script host defines, with its members. */
export interface ScriptGlobal extends ScriptWord {
  /** `class` for HttpError, `variable` for params, `namespace` for the host objects. */
  kind: "namespace" | "class" | "variable";
  members: readonly ScriptWord[];
}

/**
 * The globals a script API (and a JavaScript macro) can use: the host objects (their I/O methods
 * answer Promises, so a script awaits them), HttpError, and params. The descriptions are what
 * completion shows.
 */
export const scriptGlobals: readonly ScriptGlobal[] = [
  {
    name: "db", kind: "namespace", description: "The API's datasource: SQL with $1, $2… bound from a values array (or {{ name }} from an object).",
    members: [
      { name: "query", signature: "(sql, values?)", description: "Runs a query; resolves to its rows (an array of objects)." },
      { name: "queryOne", signature: "(sql, values?)", description: "Runs a query; resolves to its first row, or null when none matched." },
      { name: "execute", signature: "(sql, values?)", description: "Runs an INSERT, UPDATE or DELETE; resolves to { rows_affected }." },
    ],
  },
  {
    name: "tx", kind: "namespace", description: "A transaction around the db calls that follow; anything uncommitted is rolled back at the end.",
    members: [
      { name: "begin", signature: "()", description: "Starts a transaction; the db calls after it run inside it." },
      { name: "commit", signature: "()", description: "Commits the open transaction." },
      { name: "rollback", signature: "()", description: "Rolls the open transaction back." },
    ],
  },
  {
    name: "http", kind: "namespace", description: "Outgoing HTTP calls to the hosts SCRIPT_HTTP_ALLOWED_HOSTS allows.",
    members: [
      { name: "get", signature: "(url, options?)", description: "GET; resolves to { status, headers, body } (any status; options { headers })." },
      { name: "post", signature: "(url, body, options?)", description: "POST (an object is sent as JSON, a string as text); resolves to { status, headers, body }." },
      { name: "put", signature: "(url, body, options?)", description: "PUT (an object is sent as JSON, a string as text); resolves to { status, headers, body }." },
      { name: "delete", signature: "(url, options?)", description: "DELETE; resolves to { status, headers, body }." },
    ],
  },
  {
    name: "cache", kind: "namespace", description: "A key-value cache of this API's own (Redis when configured).",
    members: [
      { name: "get", signature: "(key)", description: "Resolves to the cached value, or null." },
      { name: "set", signature: "(key, value, ttlSeconds?)", description: "Caches a JSON value for ttlSeconds (300 unless given)." },
      { name: "del", signature: "(key)", description: "Removes a key." },
      { name: "incr", signature: "(key, by?)", description: "Adds 1 (or by) to a counter; resolves to the new number." },
    ],
  },
  {
    name: "env", kind: "namespace", description: "Environment variables listed in SCRIPT_ENV_ALLOWLIST.",
    members: [{ name: "get", signature: "(name)", description: "The variable's value, or null when unset; names not allowed are refused." }],
  },
  {
    name: "log", kind: "namespace", description: "Lines for the server's log (and the Debug tab).",
    members: [
      { name: "info", signature: "(message, ...values)", description: "Logs at info level." },
      { name: "warn", signature: "(message, ...values)", description: "Logs at warning level." },
      { name: "error", signature: "(message, ...values)", description: "Logs at error level." },
    ],
  },
  {
    name: "response", kind: "namespace", description: "The answer's status and headers.",
    members: [
      { name: "status", signature: "(code)", description: "Sets the HTTP status of the answer (200 unless set)." },
      { name: "headers", signature: "({ name: value })", description: "Adds headers to the answer." },
      { name: "header", signature: "(name, value)", description: "Adds one header to the answer." },
    ],
  },
  {
    name: "HttpError", kind: "class", signature: "(status, message)",
    description: "throw new HttpError(404, \"Not found\") answers that status (400 to 599) and message.",
    members: [],
  },
  {
    name: "params", kind: "variable", description: "The caller's values of the declared parameters, by name.",
    members: [],
  },
];
