import type { Resource } from "./types";

/** A record as any list route answers it, with the fields a picker shows. */
export interface NamedRecord {
  id: number | string;
  name?: string | null;
  username?: string | null;
  path?: string | null;
  http_method?: string | null;
}

const listPaths: Partial<Record<Resource, string>> = {
  datasource: "/api/v1/datasources",
  module: "/api/v1/modules",
  group: "/api/v1/groups",
  api: "/api/v1/apis",
  macro: "/api/v1/macros",
  client: "/api/v1/clients",
  user: "/api/v1/users",
  role: "/api/v1/roles",
  webhook: "/api/v1/webhooks",
};

/** The list route of a resource type whose records a grant can name, or null. */
export function listPathOf(resource: Resource): string | null {
  const path = listPaths[resource];
  return path ? `${path}?page_size=500` : null;
}

/** How a record reads in the picker and in the list of scoped grants. */
export function recordLabel(record: NamedRecord): string {
  const name = record.name ?? record.username ?? `#${record.id}`;
  return record.path ? `${name} (${record.http_method ?? ""} ${record.path})`.replace("( ", "(") : name;
}

/** Records sorted by their label, for a select. */
export function sortedOptions(records: readonly NamedRecord[]): { id: string; label: string }[] {
  return records
    .map((record) => ({ id: String(record.id), label: recordLabel(record) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
