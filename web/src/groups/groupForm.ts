import type { components } from "../api/schema";
import { idsOf } from "../shell/checklist";

/** A group as `GET /api/v1/groups` lists it. */
export type Group = components["schemas"]["GroupResponse"];

/** The body of create and update. */
export type GroupRequest = components["schemas"]["GroupRequest"];

/** The form's state: every input as the user typed it, API ids as text. */
export interface GroupForm {
  name: string;
  description: string;
  is_active: boolean;
  api_ids: string[];
}

export function emptyForm(): GroupForm {
  return { name: "", description: "", is_active: true, api_ids: [] };
}

/** The form filled from a saved group. */
export function formOf(group: Group): GroupForm {
  return {
    name: group.name ?? "",
    description: group.description ?? "",
    is_active: group.is_active ?? true,
    api_ids: idsOf(group.api_ids),
  };
}

/** The request body of a create or an update: the whole chosen set of APIs, ids as numbers. */
export function requestBody(form: GroupForm): GroupRequest {
  return {
    name: form.name.trim(),
    description: form.description,
    is_active: form.is_active,
    api_ids: form.api_ids.map(Number),
  };
}

/** How many clients are granted each group, by group id (as text). */
export function clientCounts(clients: readonly { group_ids?: readonly (number | string)[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const client of clients) {
    for (const id of new Set(idsOf(client.group_ids))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
