import { describe, expect, it } from "vitest";
import { planRequest } from "./requestPlan";

const origin = "https://sluice.example.com";

describe("planRequest", () => {
  it("fills path parameters, escaped, and puts query parameters in the query string", () => {
    const plan = planRequest({
      path: "shop/{id}/items", method: "get",
      params: [{ name: "id", location: "path", data_type: "string" }, { name: "q", location: "query", data_type: "string" }],
    }, { id: "a/b c", q: "tea & cake" }, origin);
    expect(plan).toEqual({ method: "GET", url: `${origin}/api/shop/a%2Fb%20c/items?q=tea+%26+cake`, headers: [], body: null });
  });

  it("leaves out empty optional values, places headers and a typed JSON body", () => {
    const plan = planRequest({
      path: "orders", method: "POST",
      params: [
        { name: "X-Tenant", location: "header", data_type: "string" },
        { name: "quantity", location: "body", data_type: "integer" },
        { name: "note", location: "body", data_type: "string" },
        { name: "page", location: "query", data_type: "integer" },
      ],
    }, { "X-Tenant": "acme", quantity: "3", note: "" }, `${origin}/`);
    expect(plan).toEqual({ method: "POST", url: `${origin}/api/orders`, headers: [["X-Tenant", "acme"]], body: { quantity: 3 } });
  });

  it("sends an empty body object when the API has body parameters but none is given", () => {
    expect(planRequest({ path: "x", method: "POST", params: [{ name: "a", location: "body" }] }, {}, origin).body).toEqual({});
  });
});
