/** One choice of a checklist: `id` as text (ids of the API may be numbers or strings), the name
 * it is known by and an optional detail (an API's method and path). */
export interface ChecklistItem {
  id: string;
  label: string;
  detail?: string;
}

/** The words of a search, lower-cased; an empty search has none. */
function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((word) => word.length > 0);
}

/** The items whose label or detail contains every word of `query` (in any case and order). */
export function filterItems(items: readonly ChecklistItem[], query: string): ChecklistItem[] {
  const wanted = words(query);
  if (wanted.length === 0) return [...items];
  return items.filter((item) => {
    const text = `${item.label} ${item.detail ?? ""}`.toLowerCase();
    return wanted.every((word) => text.includes(word));
  });
}

/** `selected` with `id` added when `checked`, removed otherwise; the order of the rest is kept. */
export function toggle(selected: readonly string[], id: string, checked: boolean): string[] {
  const without = selected.filter((current) => current !== id);
  return checked ? [...without, id] : without;
}

/** `selected` with every shown item added (`checked`) or removed, leaving hidden choices alone. */
export function toggleShown(selected: readonly string[], shown: readonly ChecklistItem[], checked: boolean): string[] {
  const shownIds = new Set(shown.map((item) => item.id));
  const rest = selected.filter((id) => !shownIds.has(id));
  return checked ? [...rest, ...shown.map((item) => item.id)] : rest;
}

/** Ids as the checklist keeps them (text), whatever form the server sent them in. */
export function idsOf(ids: readonly (number | string)[] | null | undefined): string[] {
  return (ids ?? []).map(String);
}

/** "3 of 12 selected", or how many are chosen among choices that are not listed (no longer there). */
export function selectionSummary(items: readonly ChecklistItem[], selected: readonly string[]): string {
  const known = new Set(items.map((item) => item.id));
  const listed = selected.filter((id) => known.has(id)).length;
  const unknown = selected.length - listed;
  const text = `${listed} of ${items.length} selected`;
  return unknown > 0 ? `${text} (and ${unknown} not listed)` : text;
}
