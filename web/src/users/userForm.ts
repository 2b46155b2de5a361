import type { User, UserRequest } from "./types";

/** The server's password policy, as the form states it. */
export const passwordRule = "8 to 128 characters, and not the same as the username.";

/** The form's state: every input as the user typed it. */
export interface UserForm {
  username: string;
  /** On edit, a new password to set; empty keeps the current one. */
  password: string;
  email: string;
  full_name: string;
  is_active: boolean;
  is_superuser: boolean;
  role_ids: number[];
}

export function emptyUserForm(): UserForm {
  return { username: "", password: "", email: "", full_name: "", is_active: true, is_superuser: false, role_ids: [] };
}

/** The form filled from a saved user; the password stays empty (the server never returns it). */
export function userFormOf(user: User): UserForm {
  return {
    username: user.username,
    password: "",
    email: user.email ?? "",
    full_name: user.full_name ?? "",
    is_active: user.is_active,
    is_superuser: user.is_superuser,
    role_ids: (user.role_ids ?? []).map(Number),
  };
}

function optional(text: string): string | null {
  return text.trim() === "" ? null : text.trim();
}

/** The body of a create: every field, the password as typed. */
export function createBody(form: UserForm): UserRequest {
  return {
    username: form.username.trim(),
    password: form.password,
    email: optional(form.email),
    full_name: optional(form.full_name),
    is_active: form.is_active,
    is_superuser: form.is_superuser,
    role_ids: [...form.role_ids],
  };
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/**
 * The body of an update: only what changed, since the server refuses some fields outright
 * (your own roles or superuser flag) even when unchanged. An empty password keeps the current one.
 */
export function updateBody(user: User, form: UserForm): UserRequest {
  const saved = userFormOf(user);
  const body: UserRequest = {};
  if (form.username.trim() !== saved.username) body.username = form.username.trim();
  if (form.password !== "") body.password = form.password;
  if ((optional(form.email) ?? "") !== saved.email) body.email = optional(form.email) ?? "";
  if ((optional(form.full_name) ?? "") !== saved.full_name) body.full_name = optional(form.full_name) ?? "";
  if (form.is_active !== saved.is_active) body.is_active = form.is_active;
  if (form.is_superuser !== saved.is_superuser) body.is_superuser = form.is_superuser;
  if (!sameIds(form.role_ids, saved.role_ids)) body.role_ids = [...form.role_ids];
  return body;
}

/** Adds or removes a role id. */
export function toggleRole(ids: readonly number[], id: number, on: boolean): number[] {
  const rest = ids.filter((other) => other !== id);
  return on ? [...rest, id] : rest;
}
