import { describe, expect, it } from "vitest";
import { filterItems, idsOf, selectionSummary, toggle, toggleShown, type ChecklistItem } from "./checklist";

const items: ChecklistItem[] = [
  { id: "1", label: "Orders", detail: "GET /api/orders" },
  { id: "2", label: "Order by id", detail: "GET /api/orders/{id}" },
  { id: "3", label: "Create customer", detail: "POST /api/customers" },
];

describe("filterItems", () => {
  it("lists everything for an empty or blank search", () => {
    expect(filterItems(items, "")).toEqual(items);
    expect(filterItems(items, "   ")).toEqual(items);
  });

  it("matches the label or the detail in any case", () => {
    expect(filterItems(items, "CUSTOMER").map((i) => i.id)).toEqual(["3"]);
    expect(filterItems(items, "post").map((i) => i.id)).toEqual(["3"]);
  });

  it("needs every word, in any order", () => {
    expect(filterItems(items, "{id} order").map((i) => i.id)).toEqual(["2"]);
    expect(filterItems(items, "orders missing")).toEqual([]);
  });
});

describe("toggle", () => {
  it("adds a checked id once and removes an unchecked one", () => {
    expect(toggle(["1"], "2", true)).toEqual(["1", "2"]);
    expect(toggle(["1", "2"], "2", true)).toEqual(["1", "2"]);
    expect(toggle(["1", "2"], "1", false)).toEqual(["2"]);
  });
});

describe("toggleShown", () => {
  it("selects or clears only the shown items", () => {
    const shown = filterItems(items, "order");
    expect(toggleShown(["3"], shown, true)).toEqual(["3", "1", "2"]);
    expect(toggleShown(["1", "3", "2"], shown, false)).toEqual(["3"]);
  });
});

describe("idsOf", () => {
  it("turns numeric and text ids into text and a missing list into none", () => {
    expect(idsOf([1, "2"])).toEqual(["1", "2"]);
    expect(idsOf(null)).toEqual([]);
  });
});

describe("selectionSummary", () => {
  it("counts the listed selections and names the others", () => {
    expect(selectionSummary(items, ["1"])).toBe("1 of 3 selected");
    expect(selectionSummary(items, ["1", "9"])).toBe("1 of 3 selected (and 1 not listed)");
  });
});
