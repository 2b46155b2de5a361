import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError } from "../api/problem";
import { count } from "../overview/traffic";
import { listQuery, type FilterValues } from "./filters";
import type { Paging } from "./paging";

/** One page of a filtered list route (`{data, total}`), keeping the previous page on screen while
 * the next loads; a refusal that names filters gives their messages as `fieldErrors`. */
export function useRecordList<T, K extends string>(path: string, filters: FilterValues<K>, paging: Paging) {
  const api = useApi();
  const query = listQuery(filters, paging);
  const list = useQuery({
    queryKey: [path, query],
    queryFn: () => api.get<{ data?: T[]; total?: number | string }>(`${path}${query}`),
    placeholderData: keepPreviousData,
  });
  const fieldErrors = list.error instanceof ApiError ? list.error.fieldErrors : {};
  return {
    list,
    rows: list.data?.data ?? [],
    total: count(list.data?.total),
    fieldErrors,
    /** The error to show as a sentence: one that names no filter. */
    generalError: list.error && Object.keys(fieldErrors).length === 0 ? list.error : null,
  };
}
