import type { components } from "../api/schema";
import { idsOf } from "../shell/checklist";

/** A client as `GET /api/v1/clients` lists it (never with its secret). */
export type Client = components["schemas"]["ClientResponse"];

/** The body of create and update. */
export type ClientRequest = components["schemas"]["ClientRequest"];

/** The limits a client may set; empty means the server's default. */
export type LimitField = "rate_limit_per_minute" | "max_concurrent" | "token_expire_seconds";

/** The form's state: every input as the user typed it. */
export interface ClientForm {
  name: string;
  description: string;
  rate_limit_per_minute: string;
  max_concurrent: string;
  token_expire_seconds: string;
  is_active: boolean;
  api_ids: string[];
  group_ids: string[];
}

/** A secret the server answered once (create or rotation), with what identifies it. */
export interface IssuedSecret {
  name: string;
  clientId: string;
  secret: string;
}

export const limitFields: LimitField[] = ["rate_limit_per_minute", "max_concurrent", "token_expire_seconds"];

export function emptyForm(): ClientForm {
  return {
    name: "", description: "", rate_limit_per_minute: "", max_concurrent: "", token_expire_seconds: "",
    is_active: true, api_ids: [], group_ids: [],
  };
}

function text(value: number | string | null | undefined): string {
  return value == null ? "" : String(value);
}

/** The form filled from a saved client. */
export function formOf(client: Client): ClientForm {
  return {
    name: client.name ?? "",
    description: client.description ?? "",
    rate_limit_per_minute: text(client.rate_limit_per_minute),
    max_concurrent: text(client.max_concurrent),
    token_expire_seconds: text(client.token_expire_seconds),
    is_active: client.is_active ?? true,
    api_ids: idsOf(client.api_ids),
    group_ids: idsOf(client.group_ids),
  };
}

/** A limit as sent: a whole number as a number, other text as typed (the server names the
 * problem), empty left out (the server's default on create, the saved value on update). */
function limit(value: string): number | string | undefined {
  const typed = value.trim();
  if (typed.length === 0) return undefined;
  return /^-?\d+$/.test(typed) ? Number(typed) : typed;
}

/**
 * The request body for create (`editing` false) or update. Grants are edited on a saved client
 * only, so a create sends none and an update sends the whole chosen sets (ids as numbers).
 */
export function requestBody(form: ClientForm, editing: boolean): ClientRequest {
  const body: ClientRequest = {
    name: form.name.trim(),
    description: form.description,
    is_active: form.is_active,
  };
  for (const field of limitFields) {
    const value = limit(form[field]);
    if (value !== undefined) body[field] = value;
  }
  if (editing) {
    body.api_ids = form.api_ids.map(Number);
    body.group_ids = form.group_ids.map(Number);
  }
  return body;
}

/** The secret of a create or rotation answer, or null when the server sent none. */
export function issuedSecret(answer: Client): IssuedSecret | null {
  if (!answer.client_secret) return null;
  return { name: answer.name ?? "", clientId: answer.client_id ?? "", secret: answer.client_secret };
}

/** The answer without its secret, safe to keep (in a mutation's state or a cache). */
export function withoutSecret(answer: Client): Client {
  const { client_secret: _secret, ...rest } = answer;
  return rest;
}

/** A limit as the list shows it: "default" when unset, "unlimited" for 0. */
export function limitText(value: number | string | null | undefined): string {
  if (value == null || value === "") return "default";
  return Number(value) === 0 ? "unlimited" : String(value);
}

/** A token lifetime in seconds as a person reads it: "1 h", "15 min", "90 s", or "default". */
export function lifetimeText(seconds: number | string | null | undefined): string {
  if (seconds == null || seconds === "") return "default";
  const total = Number(seconds);
  if (total % 3600 === 0) return `${total / 3600} h`;
  if (total % 60 === 0) return `${total / 60} min`;
  return `${total} s`;
}
