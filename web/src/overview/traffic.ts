import type { components } from "../api/schema";

type DayTraffic = components["schemas"]["DayTraffic"];
type StatusCount = components["schemas"]["StatusCount"];

/** One day of the requests-by-day chart, with numbers the chart can plot. */
export type ChartDay = { day: string; requests: number; successes: number; failures: number };

/** One status class of the breakdown (2xx, 4xx…) and its requests. */
export type StatusClass = { label: string; count: number };

/** A count the API may send as a number or, for 64-bit values, a string. */
export function count(value: number | string | null | undefined): number {
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** The UTC date `yyyy-mm-dd` of a moment. */
function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** Exactly `days` days ending today (UTC), oldest first, a day the server did not list
 * counting zero, so the chart's axis never skips a day. */
export function fillDays(rows: readonly DayTraffic[], days: number, now: Date = new Date()): ChartDay[] {
  const byDay = new Map(rows.map((row) => [row.day.slice(0, 10), row]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, index) => {
    const day = isoDay(new Date(today - (days - 1 - index) * 86_400_000));
    const row = byDay.get(day);
    return {
      day,
      requests: count(row?.requests),
      successes: count(row?.successes),
      failures: count(row?.failures),
    };
  });
}

/** Requests by status class (1xx–5xx), in that order, leaving out classes with none. */
export function statusClasses(rows: readonly StatusCount[]): StatusClass[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const label = `${Math.floor(count(row.status) / 100)}xx`;
    totals.set(label, (totals.get(label) ?? 0) + count(row.count));
  }
  return [...totals].filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => ({ label, count: n }));
}

/** The totals of a series of days. */
export function totals(days: readonly ChartDay[]): { requests: number; failures: number } {
  return days.reduce((sum, day) => ({ requests: sum.requests + day.requests, failures: sum.failures + day.failures }), { requests: 0, failures: 0 });
}
