import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { readFilters, viewSearch, type FilterValues } from "./filters";
import { readPaging, type Paging } from "./paging";

/** A list's filters and paging, kept in the address's query: a link shares the view, and back
 * and forward step through the views shown. */
export function useListView<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search), keys), [search, keys]);
  const paging = useMemo(() => readPaging(new URLSearchParams(search)), [search]);

  function show(values: FilterValues<K>, next: Paging) {
    setParams(new URLSearchParams(viewSearch(values, next)));
  }

  return {
    filters,
    paging,
    /** The address's query as text; it changes whenever the view does. */
    search,
    /** Shows the first page of the list filtered by `values`. */
    applyFilters: (values: FilterValues<K>) => show(values, { page: 1, pageSize: paging.pageSize }),
    changePaging: (next: Paging) => show(filters, next),
  };
}
