import { describe, expect, it } from "vitest";
import { emptyDraft, toRequest } from "./model";

describe("toRequest", () => {
  it("sends a result transform as written", () => {
    expect(toRequest({ ...emptyDraft, result_transform: "(rows) => rows" }).result_transform).toBe("(rows) => rows");
  });

  it("sends a removed result transform as empty, which the server reads as removing it", () => {
    expect(toRequest({ ...emptyDraft, result_transform: null }).result_transform).toBe("");
  });
});
