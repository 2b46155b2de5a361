import { ResultTable } from "../../shell/ResultTable";
import { rowCountText, type ResultRow } from "../../shell/resultRows";
import { CopyRowsButton } from "./CopyRowsButton";

/** The rows a run returned: how many, whether more were left out, a copy button and the table. */
export function ResultRows({ rows, truncated }: { rows: readonly ResultRow[]; truncated: boolean }) {
  return (
    <div className="debug-rows">
      <div className="debug-rows-header">
        <strong>{rowCountText(rows.length)}</strong>
        {truncated && <span className="muted">More rows matched; only the first {rows.length} were read. Raise Max rows to see more.</span>}
        {rows.length > 0 && <CopyRowsButton rows={rows} />}
      </div>
      {rows.length === 0 ? <p className="muted">The query returned no rows.</p> : <ResultTable label="Result rows" rows={rows} />}
    </div>
  );
}
