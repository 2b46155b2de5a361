import { describe, expect, it } from "vitest";
import { clientChoices } from "./clients";

describe("clientChoices", () => {
  it("puts active clients granted the API first and leaves inactive ones out", () => {
    const clients = [
      { id: 1, name: "zeta", is_active: true, api_ids: [7] },
      { id: 2, name: "alpha", is_active: true, api_ids: [] },
      { id: 3, name: "beta", is_active: false, api_ids: [7] },
      { id: 4, name: "gamma", is_active: true, api_ids: ["7"] },
    ];
    const { granted, others } = clientChoices(clients, 7);
    expect(granted.map((c) => c.name)).toEqual(["gamma", "zeta"]);
    expect(others.map((c) => c.name)).toEqual(["alpha"]);
  });
});
