import { describe, expect, it } from "vitest";
import { ApiError, errorMessage, problemToError } from "./problem";

describe("problemToError", () => {
  it("uses the detail of a problem document", () => {
    const error = problemToError(401, { type: "about:blank", title: "Unauthorized", status: 401, detail: "Incorrect username or password." });
    expect(error.message).toBe("Incorrect username or password.");
    expect(error.status).toBe(401);
  });

  it("names each field of a validation problem", () => {
    const error = problemToError(400, {
      title: "Invalid request",
      detail: "current_password is incorrect. new_password must be at least 12 characters.",
      errors: { current_password: ["is incorrect."], new_password: ["must be at least 12 characters."] },
    });
    expect(error.message).toBe("current_password is incorrect. new_password must be at least 12 characters.");
    expect(error.fieldErrors).toEqual({ current_password: ["is incorrect."], new_password: ["must be at least 12 characters."] });
  });

  it("uses the message of a gateway envelope", () => {
    expect(problemToError(404, { success: false, message: "No published API at GET /api/x.", data: [] }).message)
      .toBe("No published API at GET /api/x.");
  });

  it("falls back to the title when there is no detail", () => {
    expect(problemToError(409, { title: "Conflict" }).message).toBe("Conflict");
  });

  it("never shows raw JSON or HTML", () => {
    expect(problemToError(500, '{"oops":1}').message).toBe("The server failed to answer; try again later.");
    expect(problemToError(502, "<html><body>Bad gateway</body></html>").message).toBe("The server answered with status 502.");
    expect(problemToError(403, null).message).toBe("You do not have permission to do this.");
    expect(problemToError(400, [1, 2]).message).toBe("The request was not accepted.");
  });

  it("keeps a short plain-text answer", () => {
    expect(problemToError(429, "Slow down.").message).toBe("Slow down.");
  });
});

describe("errorMessage", () => {
  it("reads an ApiError, a network failure and anything else", () => {
    expect(errorMessage(new ApiError(400, "name is required."))).toBe("name is required.");
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe("The server could not be reached; check your connection.");
    expect(errorMessage("what")).toBe("Something went wrong; try again.");
  });
});
