import { useId } from "react";
import { pageSizes, pageSpan, spanLabel, type Paging } from "./paging";

interface Props {
  /** What the list holds, for the navigation's name ("Access logs pages"). */
  label: string;
  paging: Paging;
  total: number;
  /** How many rows the current page shows. */
  shown: number;
  onChange: (paging: Paging) => void;
}

/** Page size, where the shown rows lie ("1–50 of 1,234"), and previous/next. */
export function Pager({ label, paging, total, shown, onChange }: Props) {
  const sizeId = useId();
  const span = pageSpan(paging, total, shown);
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <label htmlFor={sizeId}>Rows per page</label>
      <select id={sizeId} value={paging.pageSize} onChange={(e) => onChange({ page: 1, pageSize: Number(e.target.value) })}>
        {pageSizes.map((size) => <option key={size} value={size}>{size}</option>)}
      </select>
      <span className="pager-span" aria-live="polite">
        {spanLabel(span)}{span.pastEnd && `; page ${paging.page} lies past the end of the list`}
      </span>
      <button type="button" disabled={!span.hasPrevious} onClick={() => onChange({ ...paging, page: Math.min(paging.page - 1, span.pages) })}>
        Previous page
      </button>
      <button type="button" disabled={!span.hasNext} onClick={() => onChange({ ...paging, page: paging.page + 1 })}>Next page</button>
    </nav>
  );
}
