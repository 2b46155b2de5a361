import type { components } from "../api/schema";
import type { ChecklistItem } from "./checklist";

/** An API as `GET /api/v1/apis` lists it (only the fields a grant needs are read). */
export type ApiSummary = Pick<components["schemas"]["ApiResponse"], "id" | "name" | "http_method" | "path" | "access_type">;

/** How an API reads in a grant list: its method and gateway path. */
export function apiEndpoint(api: ApiSummary): string {
  return `${(api.http_method ?? "GET").toUpperCase()} /api/${api.path ?? ""}`;
}

/**
 * The APIs a client or group may be granted: the private ones (public APIs need no grant), plus
 * any already granted that are public now, so they can still be taken away. Sorted by name.
 */
export function apiChoices(apis: readonly ApiSummary[], selected: readonly string[]): ChecklistItem[] {
  const chosen = new Set(selected);
  return apis
    .filter((api) => api.access_type !== "public" || chosen.has(String(api.id)))
    .map((api) => ({
      id: String(api.id),
      label: api.name ?? String(api.id),
      detail: api.access_type === "public" ? `${apiEndpoint(api)} (public)` : apiEndpoint(api),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
