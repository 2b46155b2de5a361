/** The page sizes a list offers; the server takes at most 500. */
export const pageSizes = [25, 50, 100, 200, 500] as const;

/** The page size before the user picks one (the server's own default). */
export const defaultPageSize = 50;

/** Which page of a list is shown. */
export interface Paging {
  page: number;
  pageSize: number;
}

/** Where the shown rows lie in the whole list. */
export interface PageSpan {
  /** The 1-based position of the first row shown (0 when none). */
  first: number;
  /** The position of the last row shown (0 when none). */
  last: number;
  total: number;
  /** How many pages the list has (at least 1). */
  pages: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** The page lies after the last row (the list shrank, or the address was edited). */
  pastEnd: boolean;
}

function positiveInteger(raw: string | null): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && Number.isSafeInteger(value) ? value : null;
}

/** The paging of an address's query (`page`, `page_size`); anything unusable is the default. */
export function readPaging(params: URLSearchParams): Paging {
  const size = positiveInteger(params.get("page_size"));
  return {
    page: positiveInteger(params.get("page")) ?? 1,
    pageSize: size !== null && (pageSizes as readonly number[]).includes(size) ? size : defaultPageSize,
  };
}

/** Puts the paging in a query, leaving defaults out so addresses stay short. */
export function writePaging(params: URLSearchParams, paging: Paging): void {
  params.delete("page");
  params.delete("page_size");
  if (paging.page > 1) params.set("page", String(paging.page));
  if (paging.pageSize !== defaultPageSize) params.set("page_size", String(paging.pageSize));
}

/** Where `shown` rows of page `paging` lie in a list of `total`. */
export function pageSpan(paging: Paging, total: number, shown: number): PageSpan {
  const offset = (paging.page - 1) * paging.pageSize;
  const pages = Math.max(1, Math.ceil(total / paging.pageSize));
  return {
    first: shown > 0 ? offset + 1 : 0,
    last: offset + shown,
    total,
    pages,
    hasPrevious: paging.page > 1,
    hasNext: offset + paging.pageSize < total,
    pastEnd: shown === 0 && total > 0 && paging.page > pages,
  };
}

/** "1–50 of 1,234", or "0 of 0" for an empty page. */
export function spanLabel(span: PageSpan): string {
  const total = span.total.toLocaleString("en-US");
  return span.first === 0 ? `0 of ${total}` : `${span.first.toLocaleString("en-US")}–${span.last.toLocaleString("en-US")} of ${total}`;
}
