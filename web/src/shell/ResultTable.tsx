import { useMemo, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { cellKind, cellText, columnWidths, columnsOf, gridTemplate, type ResultRow } from "./resultRows";
import "./resultTable.css";

/** The height of one row in pixels (cells stay on one line). */
const rowHeight = 30;

interface ResultTableProps {
  /** The table's accessible name. */
  label: string;
  rows: readonly ResultRow[];
  /** The columns in order; by default every key of the rows, in first-seen order. */
  columns?: readonly string[];
}

/** Rows of any shape in a scrolling grid with a sticky header that renders only the rows in view,
 * so thousands of rows scroll smoothly. A null shows as a muted NULL, objects and arrays as JSON;
 * a cell cut short shows its whole value on hover. */
export function ResultTable({ label, rows, columns: given }: ResultTableProps) {
  const columns = useMemo(() => given ?? columnsOf(rows), [given, rows]);
  const template = useMemo(() => gridTemplate(columnWidths(columns, rows)), [columns, rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  return (
    // Focusable so the keyboard can scroll it.
    <div ref={scroller} className="result-table" role="table" aria-label={label} aria-rowcount={rows.length + 1} tabIndex={0}>
      <div role="rowgroup" className="result-head">
        <div role="row" aria-rowindex={1} className="result-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => <div role="columnheader" key={column} title={column}>{column}</div>)}
        </div>
      </div>
      <div role="rowgroup" className="result-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] ?? {};
          return (
            <div role="row" key={item.key} aria-rowindex={item.index + 2} className="result-row"
              style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start}px)` }}>
              {columns.map((column) => {
                const value = row[column];
                const text = cellText(value);
                return <div role="cell" key={column} className={`cell-${cellKind(value)}`} title={text}>{text}</div>;
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
