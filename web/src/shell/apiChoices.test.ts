import { describe, expect, it } from "vitest";
import { apiChoices, apiEndpoint, type ApiSummary } from "./apiChoices";

const apis: ApiSummary[] = [
  { id: 3, name: "Orders", http_method: "GET", path: "orders", access_type: "private" },
  { id: 1, name: "Products", http_method: "GET", path: "products", access_type: "public" },
  { id: "2", name: "Add customer", http_method: "post", path: "customers", access_type: "private" },
];

describe("apiEndpoint", () => {
  it("shows the method in capitals and the gateway path", () => {
    expect(apiEndpoint(apis[2]!)).toBe("POST /api/customers");
  });
});

describe("apiChoices", () => {
  it("offers the private APIs, sorted by name, with their endpoint", () => {
    expect(apiChoices(apis, [])).toEqual([
      { id: "2", label: "Add customer", detail: "POST /api/customers" },
      { id: "3", label: "Orders", detail: "GET /api/orders" },
    ]);
  });

  it("keeps a granted API that is public now, marked, so it can be removed", () => {
    expect(apiChoices(apis, ["1"]).map((c) => c.detail)).toContain("GET /api/products (public)");
  });
});
