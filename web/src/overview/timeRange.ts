/** A window of gateway traffic the overview shows: today and the days before it (UTC days). */
export type TimeRange = { days: number; label: string };

/** The windows the range picker offers; the server accepts 1 to 365 days. */
export const timeRanges: readonly TimeRange[] = [
  { days: 1, label: "Today (UTC)" },
  { days: 7, label: "Last 7 days" },
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
];

/** The range shown before the user picks one (the server's own default). */
export const defaultRange: TimeRange = timeRanges[1];

/** The range with this many days, or the default when the value is not one on offer. */
export function rangeOf(days: string | number): TimeRange {
  return timeRanges.find((range) => range.days === Number(days)) ?? defaultRange;
}

/** The query string of an overview traffic route for a range (and an optional row limit). */
export function trafficQuery(range: TimeRange, limit?: number): string {
  const query = new URLSearchParams({ days: String(range.days) });
  if (limit !== undefined) query.set("limit", String(limit));
  return `?${query.toString()}`;
}
