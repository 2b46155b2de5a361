import type { RequestPlan } from "./requestPlan";

/** How a snippet gets a token for a private API: the client's id (when known) and where the token
 * endpoint is. Secrets are never known to the dashboard, so they stay placeholders. */
export interface TokenStep {
  origin: string;
  clientId: string | null;
}

export const clientIdPlaceholder = "YOUR_CLIENT_ID";
export const clientSecretPlaceholder = "YOUR_CLIENT_SECRET";

/** Quotes a text for a POSIX shell: single quotes, with each `'` closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A JavaScript string literal (JSON's rules are JavaScript's). */
export function jsString(text: string): string {
  return JSON.stringify(text);
}

/** A Python literal of a JSON value: strings as JSON writes them (valid Python), and Python's own
 * True, False and None. */
export function pythonLiteral(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "None";
  if (typeof value === "string") return JSON.stringify(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${inner}${pythonLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pythonLiteral(item, inner)},`).join("\n")}\n${indent}}`;
}

function tokenUrl(step: TokenStep): string {
  return `${step.origin.replace(/\/+$/, "")}/api/token/generate`;
}

function credentials(step: TokenStep) {
  return { client_id: step.clientId ?? clientIdPlaceholder, client_secret: clientSecretPlaceholder, grant_type: "client_credentials" };
}

/** A curl command; for a private API, first a token from `/api/token/generate` (read with jq). */
export function curlSnippet(plan: RequestPlan, token: TokenStep | null): string {
  const lines: string[] = [];
  if (token) {
    lines.push(
      `TOKEN=$(curl -s -X POST ${shellQuote(tokenUrl(token))} \\`,
      `  -H 'Content-Type: application/json' \\`,
      `  -d ${shellQuote(JSON.stringify(credentials(token)))} | jq -r .access_token)`,
      "",
    );
  }
  const parts = [`curl -X ${plan.method} ${shellQuote(plan.url)}`];
  if (token) parts.push(`-H "Authorization: Bearer $TOKEN"`);
  for (const [name, value] of plan.headers) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (plan.body) {
    parts.push(`-H 'Content-Type: application/json'`);
    parts.push(`-d ${shellQuote(JSON.stringify(plan.body))}`);
  }
  lines.push(parts.join(" \\\n  "));
  return lines.join("\n");
}

/** JavaScript with `fetch` (browsers, Node 18+, Deno); for a private API the token comes first. */
export function fetchSnippet(plan: RequestPlan, token: TokenStep | null): string {
  const lines: string[] = [];
  if (token) {
    lines.push(
      `const tokenResponse = await fetch(${jsString(tokenUrl(token))}, {`,
      `  method: "POST",`,
      `  headers: { "Content-Type": "application/json" },`,
      `  body: JSON.stringify(${JSON.stringify(credentials(token))}),`,
      `});`,
      `const { access_token } = await tokenResponse.json();`,
      "",
    );
  }
  const headers: string[] = [];
  if (token) headers.push("Authorization: `Bearer ${access_token}`");
  for (const [name, value] of plan.headers) headers.push(`${jsString(name)}: ${jsString(value)}`);
  if (plan.body) headers.push(`"Content-Type": "application/json"`);
  lines.push(`const response = await fetch(${jsString(plan.url)}, {`, `  method: ${jsString(plan.method)},`);
  if (headers.length > 0) lines.push(`  headers: {`, ...headers.map((header) => `    ${header},`), `  },`);
  if (plan.body) lines.push(`  body: JSON.stringify(${JSON.stringify(plan.body)}),`);
  lines.push(`});`, `const { success, message, data } = await response.json();`, `console.log(response.status, success ? data : message);`);
  return lines.join("\n");
}

/** Python with `requests`; for a private API the token comes first. */
export function pythonSnippet(plan: RequestPlan, token: TokenStep | null): string {
  const lines = ["import requests", ""];
  if (token) {
    lines.push(
      `token = requests.post(${JSON.stringify(tokenUrl(token))}, json=${pythonLiteral(credentials(token))}).json()["access_token"]`,
      "",
    );
  }
  const args = [JSON.stringify(plan.url)];
  const headerEntries = plan.headers.map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`);
  if (token) headerEntries.unshift(`"Authorization": f"Bearer {token}"`);
  if (headerEntries.length > 0) args.push(`headers={${headerEntries.join(", ")}}`);
  if (plan.body) args.push(`json=${pythonLiteral(plan.body, "    ")}`);
  const method = plan.method.toLowerCase();
  const call = ["get", "post", "put", "patch", "delete"].includes(method)
    ? `requests.${method}(`
    : `requests.request(${JSON.stringify(plan.method)},`;
  lines.push(`response = ${call}`, ...args.map((arg) => `    ${arg},`), `)`);
  lines.push(`answer = response.json()`, `print(response.status_code, answer["data"] if answer["success"] else answer["message"])`);
  return lines.join("\n");
}
