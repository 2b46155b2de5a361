import { describe, expect, it } from "vitest";
import { listPathOf, recordLabel, sortedOptions } from "./resourceOptions";

describe("resource options", () => {
  it("knows the list route of each resource a grant can name", () => {
    expect(listPathOf("api")).toBe("/api/v1/apis?page_size=500");
    expect(listPathOf("user")).toBe("/api/v1/users?page_size=500");
    expect(listPathOf("overview")).toBeNull();
    expect(listPathOf("audit")).toBeNull();
  });

  it("labels records by name, username, or id, with an API's route", () => {
    expect(recordLabel({ id: 3, name: "orders", http_method: "GET", path: "demo/orders" })).toBe("orders (GET demo/orders)");
    expect(recordLabel({ id: 4, username: "ann" })).toBe("ann");
    expect(recordLabel({ id: 5 })).toBe("#5");
  });

  it("sorts options by label", () => {
    expect(sortedOptions([{ id: 2, name: "b" }, { id: 1, name: "a" }])).toEqual([{ id: "1", label: "a" }, { id: "2", label: "b" }]);
  });
});
