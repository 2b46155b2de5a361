import { defaultPageSize, writePaging, type Paging } from "./paging";

/** The filters of a list as text, one per query parameter the server takes; "" means "any". */
export type FilterValues<K extends string> = Record<K, string>;

/** The filters named `keys` as an address's query holds them (trimmed; absent ones empty). */
export function readFilters<K extends string>(params: URLSearchParams, keys: readonly K[]): FilterValues<K> {
  const values = {} as FilterValues<K>;
  for (const key of keys) values[key] = (params.get(key) ?? "").trim();
  return values;
}

/** Whether any filter is set. */
export function hasFilters<K extends string>(values: FilterValues<K>): boolean {
  return Object.values<string>(values).some((value) => value.trim().length > 0);
}

function filterParams<K extends string>(values: FilterValues<K>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries<string>(values)) {
    if (value.trim().length > 0) params.set(key, value.trim());
  }
  return params;
}

/** The address query of a view: the set filters and the paging, defaults left out, so a link
 * shares exactly this view. */
export function viewSearch<K extends string>(values: FilterValues<K>, paging: Paging): string {
  const params = filterParams(values);
  writePaging(params, paging);
  const text = params.toString();
  return text.length > 0 ? `?${text}` : "";
}

/** The server's query for a view: the set filters (the address uses the server's names) and
 * always the paging. */
export function listQuery<K extends string>(values: FilterValues<K>, paging: Paging): string {
  const params = filterParams(values);
  params.set("page", String(paging.page));
  params.set("page_size", String(paging.pageSize || defaultPageSize));
  return `?${params.toString()}`;
}
