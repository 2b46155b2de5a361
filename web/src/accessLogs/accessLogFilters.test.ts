import { describe, expect, it } from "vitest";
import { listQuery, readFilters, viewSearch } from "../records/filters";
import { accessLogFilterKeys, duration, statusClass } from "./accessLogFilters";

describe("access log filters in the address", () => {
  it("reads every filter the server takes and ignores other parameters", () => {
    const filters = readFilters(new URLSearchParams("?success=false&path=%20products%20&page=3&other=x"), accessLogFilterKeys);
    expect(filters.success).toBe("false");
    expect(filters.path).toBe("products");
    expect(filters.method).toBe("");
    expect(Object.keys(filters)).toEqual([...accessLogFilterKeys]);
  });

  it("round-trips a view through the address, leaving empty filters and default paging out", () => {
    const filters = { ...readFilters(new URLSearchParams(), accessLogFilterKeys), status: "404", from: "2026-12-01T08:00:00Z" };
    const search = viewSearch(filters, { page: 1, pageSize: 50 });
    expect(search).toBe("?status=404&from=2026-12-01T08%3A00%3A00Z");
    expect(readFilters(new URLSearchParams(search), accessLogFilterKeys)).toEqual(filters);
  });

  it("asks the server for the filters and always the paging", () => {
    const filters = { ...readFilters(new URLSearchParams(), accessLogFilterKeys), method: "POST", api_id: "7" };
    expect(listQuery(filters, { page: 2, pageSize: 100 })).toBe("?method=POST&api_id=7&page=2&page_size=100");
  });
});

describe("statusClass", () => {
  it("names the class of a status", () => {
    expect(statusClass(204)).toBe("2xx");
    expect(statusClass("404")).toBe("4xx");
    expect(statusClass(undefined)).toBe("other");
  });
});

describe("duration", () => {
  it("reads milliseconds and seconds", () => {
    expect(duration(0.84)).toBe("0.8 ms");
    expect(duration("12.4")).toBe("12 ms");
    expect(duration(1250)).toBe("1.25 s");
  });
});
