import { useId, useState, type ReactNode } from "react";
import { filterItems, selectionSummary, toggle, toggleShown, type ChecklistItem } from "./checklist";
import "./checklistPicker.css";

interface Props {
  /** The fieldset's legend, such as "APIs"; the search box is "Search {legend}". */
  legend: string;
  items: readonly ChecklistItem[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Shown instead of the list while the choices load or when they failed. */
  status?: ReactNode;
  /** Said when there is nothing to choose from at all. */
  emptyText: string;
  readOnly?: boolean;
  /** The id of a field error that describes the whole choice. */
  describedBy?: string;
}

/** A searchable list of checkboxes: each box is named by its item's label and described by its
 * detail; the search narrows what is shown, never what is selected. */
export function ChecklistPicker({ legend, items, selected, onChange, status, emptyText, readOnly = false, describedBy }: Props) {
  const [query, setQuery] = useState("");
  const prefix = useId();
  const shown = filterItems(items, query);
  const chosen = new Set(selected);
  const allShownChosen = shown.length > 0 && shown.every((item) => chosen.has(item.id));
  return (
    <fieldset className="checklist" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {status ?? (
        <>
          {items.length === 0 ? (
            <p className="muted">{emptyText}</p>
          ) : (
            <>
              <div className="checklist-tools">
                <input type="search" aria-label={`Search ${legend}`} placeholder="Search…" value={query} onChange={(e) => setQuery(e.target.value)} />
                {!readOnly && shown.length > 0 && (
                  <button type="button" onClick={() => onChange(toggleShown(selected, shown, !allShownChosen))}>
                    {allShownChosen ? "Clear shown" : "Select shown"}
                  </button>
                )}
              </div>
              <p className="muted checklist-summary" aria-live="polite">{selectionSummary(items, selected)}</p>
              {shown.length === 0 ? (
                <p className="muted">Nothing matches “{query}”.</p>
              ) : (
                <ul className="checklist-items">
                  {shown.map((item) => {
                    const nameId = `${prefix}-${item.id}-name`;
                    const detailId = `${prefix}-${item.id}-detail`;
                    return (
                      <li key={item.id}>
                        <label>
                          <input type="checkbox" checked={chosen.has(item.id)} disabled={readOnly}
                            aria-labelledby={nameId} aria-describedby={item.detail ? detailId : undefined}
                            onChange={(e) => onChange(toggle(selected, item.id, e.target.checked))} />
                          <span id={nameId}>{item.label}</span>
                          {item.detail && <code id={detailId} className="muted">{item.detail}</code>}
                        </label>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </fieldset>
  );
}
