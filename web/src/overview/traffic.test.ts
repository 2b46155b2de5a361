import { describe, expect, it } from "vitest";
import { count, fillDays, statusClasses, totals } from "./traffic";
import { rangeOf, trafficQuery, timeRanges } from "./timeRange";

const now = new Date("2026-03-10T15:30:00Z");

describe("fillDays", () => {
  it("fills the days the server left out with zero, oldest first, ending today", () => {
    const days = fillDays([{ day: "2026-03-09", requests: "5", successes: 4, failures: 1 }], 3, now);
    expect(days).toEqual([
      { day: "2026-03-08", requests: 0, successes: 0, failures: 0 },
      { day: "2026-03-09", requests: 5, successes: 4, failures: 1 },
      { day: "2026-03-10", requests: 0, successes: 0, failures: 0 },
    ]);
  });

  it("keeps a window crossing a month end and ignores days outside it", () => {
    const days = fillDays([{ day: "2026-02-01", requests: 9, successes: 9, failures: 0 }], 11, now);
    expect(days).toHaveLength(11);
    expect(days[0].day).toBe("2026-02-28");
    expect(totals(days).requests).toBe(0);
  });
});

describe("statusClasses", () => {
  it("groups statuses by class and drops empty classes", () => {
    expect(statusClasses([
      { status: 200, count: 3 }, { status: 204, count: "2" }, { status: 404, count: 1 }, { status: 500, count: 0 },
    ])).toEqual([{ label: "2xx", count: 5 }, { label: "4xx", count: 1 }]);
  });
});

describe("count", () => {
  it("reads 64-bit counts sent as strings and treats nonsense as zero", () => {
    expect(count("12")).toBe(12);
    expect(count(null)).toBe(0);
    expect(count("x")).toBe(0);
  });
});

describe("time range", () => {
  it("puts the range's days, and a limit when given, in the query", () => {
    expect(trafficQuery(rangeOf(30))).toBe("?days=30");
    expect(trafficQuery(rangeOf("1"), 10)).toBe("?days=1&limit=10");
  });

  it("falls back to seven days for a value not on offer", () => {
    expect(rangeOf("13").days).toBe(7);
    expect(timeRanges.every((range) => range.days >= 1 && range.days <= 365)).toBe(true);
  });
});
