import { useState, type FormEvent, type ReactNode } from "react";
import type { FilterValues } from "./filters";

interface Props<K extends string> {
  /** The form's accessible name. */
  label: string;
  /** The filters shown now; the form starts from them (remount it when they change). */
  values: FilterValues<K>;
  onApply: (values: FilterValues<K>) => void;
  /** The controls, given the edited values and a setter. */
  children: (draft: FilterValues<K>, set: (key: K, value: string) => void) => ReactNode;
}

/** A list's filters: edited freely, applied together by "Apply filters" (or Enter), all cleared by
 * "Clear filters". */
export function FilterForm<K extends string>({ label, values, onApply, children }: Props<K>) {
  const [draft, setDraft] = useState<FilterValues<K>>(values);

  function set(key: K, value: string) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  function clear() {
    const empty = { ...draft };
    for (const key of Object.keys(empty) as K[]) empty[key] = "";
    setDraft(empty);
    onApply(empty);
  }

  return (
    <form role="search" aria-label={label} className="filters" onSubmit={submit} noValidate>
      <div className="filter-grid">{children(draft, set)}</div>
      <div className="filter-actions">
        <button type="submit" className="primary">Apply filters</button>
        <button type="button" onClick={clear}>Clear filters</button>
      </div>
    </form>
  );
}
