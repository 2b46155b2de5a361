import { describe, expect, it } from "vitest";
import { gatewayUrl } from "./gatewayUrl";

describe("gatewayUrl", () => {
  it("puts the path under /api/ of the origin, trimmed as the server trims it", () => {
    expect(gatewayUrl("https://sluice.example", "products/{id}")).toBe("https://sluice.example/api/products/{id}");
    expect(gatewayUrl("http://localhost:8080", " /orders/ ")).toBe("http://localhost:8080/api/orders");
    expect(gatewayUrl("http://h", "")).toBe("http://h/api/");
  });
});
