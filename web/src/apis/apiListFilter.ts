import type { ApiRecord } from "./model";

/** What the API list shows: text to find in name or path, a module ("" any, "none" without one,
 * else its id) and a state. */
export interface ApiListFilter {
  search: string;
  module: string;
  state: "all" | "published" | "draft";
}

export const allApis: ApiListFilter = { search: "", module: "", state: "all" };

/** The filter a list address carries (`?q=&module=&state=`). */
export function filterOf(params: URLSearchParams): ApiListFilter {
  const state = params.get("state");
  return {
    search: params.get("q") ?? "",
    module: params.get("module") ?? "",
    state: state === "published" || state === "draft" ? state : "all",
  };
}

/** The address parameters of a filter (defaults left out). */
export function searchOf(filter: ApiListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.search) params.set("q", filter.search);
  if (filter.module) params.set("module", filter.module);
  if (filter.state !== "all") params.set("state", filter.state);
  return params;
}

/** The APIs that pass the filter: the search matches name or path in any case, with or without a leading /api/. */
export function filterApis(rows: readonly ApiRecord[], filter: ApiListFilter): ApiRecord[] {
  const words = filter.search.trim().toLowerCase().replace(/^\/?api\//, "");
  return rows.filter((row) => {
    if (words && !(row.name ?? "").toLowerCase().includes(words) && !(row.path ?? "").toLowerCase().includes(words)) return false;
    if (filter.module === "none" && row.module_id != null) return false;
    if (filter.module && filter.module !== "none" && String(row.module_id ?? "") !== filter.module) return false;
    if (filter.state === "published" && !row.is_published) return false;
    if (filter.state === "draft" && row.is_published) return false;
    return true;
  });
}

/** An API's state as the list and the editor name it. */
export function stateLabel(row: Pick<ApiRecord, "is_published" | "published_version">): string {
  return row.is_published ? `Published v${row.published_version}` : "Draft";
}
