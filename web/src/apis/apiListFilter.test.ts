import { describe, expect, it } from "vitest";
import { allApis, filterApis, filterOf, searchOf, stateLabel } from "./apiListFilter";
import type { ApiRecord } from "./model";

const rows: ApiRecord[] = [
  { id: 1, name: "Products by category", path: "products", module_id: 7, is_published: true, published_version: 3 },
  { id: 2, name: "Order detail", path: "orders/{id}", module_id: null, is_published: false },
  { id: 3, name: "Customers", path: "crm/customers", module_id: 8, is_published: false },
];

const ids = (list: ApiRecord[]) => list.map((r) => r.id);

describe("filterApis", () => {
  it("keeps everything without a filter", () => {
    expect(ids(filterApis(rows, allApis))).toEqual([1, 2, 3]);
  });

  it("finds the search in name or path, in any case", () => {
    expect(ids(filterApis(rows, { ...allApis, search: "ORDER" }))).toEqual([2]);
    expect(ids(filterApis(rows, { ...allApis, search: "crm/" }))).toEqual([3]);
    expect(ids(filterApis(rows, { ...allApis, search: "/api/products" }))).toEqual([1]);
  });

  it("filters by module, or by having none", () => {
    expect(ids(filterApis(rows, { ...allApis, module: "7" }))).toEqual([1]);
    expect(ids(filterApis(rows, { ...allApis, module: "none" }))).toEqual([2]);
  });

  it("filters by state", () => {
    expect(ids(filterApis(rows, { ...allApis, state: "published" }))).toEqual([1]);
    expect(ids(filterApis(rows, { ...allApis, state: "draft" }))).toEqual([2, 3]);
  });
});

describe("list address", () => {
  it("round-trips a filter and leaves defaults out", () => {
    const filter = { search: "x", module: "none", state: "draft" } as const;
    expect(filterOf(searchOf(filter))).toEqual(filter);
    expect(searchOf(allApis).toString()).toBe("");
    expect(filterOf(new URLSearchParams("state=bogus")).state).toBe("all");
  });
});

describe("stateLabel", () => {
  it("names the published version or the draft", () => {
    expect(stateLabel(rows[0]!)).toBe("Published v3");
    expect(stateLabel(rows[1]!)).toBe("Draft");
  });
});
