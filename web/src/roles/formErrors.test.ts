import { describe, expect, it } from "vitest";
import { ApiError, problemToError } from "../api/problem";
import { formErrors } from "./formErrors";

describe("formErrors", () => {
  it("is empty without an error", () => {
    expect(formErrors(null, "name", ["name"])).toEqual({ fields: {}, general: null });
  });

  it("puts a name conflict next to the name field", () => {
    const error = problemToError(409, { title: "Name taken", status: 409, detail: "Another role is already named 'ops'." });
    expect(formErrors(error, "name", ["name"])).toEqual({
      fields: { name: ["is taken. Another role is already named 'ops'."] },
      general: null,
    });
  });

  it("keeps other conflicts and refusals as one sentence", () => {
    const error = problemToError(403, { title: "Forbidden", status: 403, detail: "Only a superuser can make a superuser." });
    expect(formErrors(error, "username", ["username"])).toEqual({ fields: {}, general: "Only a superuser can make a superuser." });
  });

  it("shows field messages beside shown fields and the others in the sentence", () => {
    const error = problemToError(400, { title: "Invalid request", errors: { name: ["is required."], "permissions[0].action": ["must be one of read."] } });
    expect(formErrors(error, "name", ["name", "description"])).toEqual({
      fields: { name: ["is required."] },
      general: "permissions[0].action must be one of read.",
    });
  });

  it("reads a network failure as a sentence", () => {
    expect(formErrors(new TypeError("fetch failed"), "name", []).general).toBe("The server could not be reached; check your connection.");
    expect(formErrors(new ApiError(500, "Boom."), "name", []).general).toBe("Boom.");
  });
});
