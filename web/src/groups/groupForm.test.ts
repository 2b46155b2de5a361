import { describe, expect, it } from "vitest";
import { clientCounts, emptyForm, formOf, requestBody } from "./groupForm";

describe("requestBody", () => {
  it("trims the name and sends the chosen APIs as numbers", () => {
    expect(requestBody({ ...emptyForm(), name: " partners ", description: "B2B", api_ids: ["4", "9"] }))
      .toEqual({ name: "partners", description: "B2B", is_active: true, api_ids: [4, 9] });
  });

  it("sends an empty API list, so removing the last API empties the group", () => {
    expect(requestBody({ ...emptyForm(), name: "g" }).api_ids).toEqual([]);
  });
});

describe("formOf", () => {
  it("fills the form from a saved group, ids as text", () => {
    expect(formOf({ id: 1, name: "partners", description: null, is_active: false, api_ids: [4, "9"] }))
      .toEqual({ name: "partners", description: "", is_active: false, api_ids: ["4", "9"] });
  });
});

describe("clientCounts", () => {
  it("counts each client once per group it is granted", () => {
    const counts = clientCounts([{ group_ids: [1, 2] }, { group_ids: ["1"] }, {}]);
    expect(counts.get("1")).toBe(2);
    expect(counts.get("2")).toBe(1);
    expect(counts.get("3")).toBeUndefined();
  });
});
