import { describe, expect, it } from "vitest";
import { emptyForm, formOf, issuedSecret, lifetimeText, limitText, requestBody, withoutSecret, type ClientForm } from "./clientForm";

function form(changes: Partial<ClientForm>): ClientForm {
  return { ...emptyForm(), ...changes };
}

describe("requestBody", () => {
  it("trims the name and leaves empty limits out for the server's defaults", () => {
    expect(requestBody(form({ name: " mobile ", description: "app" }), false)).toEqual({ name: "mobile", description: "app", is_active: true });
  });

  it("sends whole-number limits as numbers and other text as typed", () => {
    const body = requestBody(form({ name: "a", rate_limit_per_minute: "120", max_concurrent: " 0 ", token_expire_seconds: "ten" }), false);
    expect(body).toMatchObject({ rate_limit_per_minute: 120, max_concurrent: 0, token_expire_seconds: "ten" });
  });

  it("sends no grants on create", () => {
    const body = requestBody(form({ name: "a", api_ids: ["1"] }), false);
    expect(body).not.toHaveProperty("api_ids");
    expect(body).not.toHaveProperty("group_ids");
  });

  it("sends the whole chosen grants on update, as numbers, even when empty", () => {
    expect(requestBody(form({ name: "a", api_ids: ["3", "12"], group_ids: [] }), true)).toMatchObject({ api_ids: [3, 12], group_ids: [] });
  });
});

describe("formOf", () => {
  it("fills the form from a saved client, with ids as text", () => {
    const filled = formOf({ id: 1, name: "mobile", description: null, rate_limit_per_minute: 60, max_concurrent: null, token_expire_seconds: "600", is_active: false, api_ids: [4], group_ids: ["7"] });
    expect(filled).toEqual({ name: "mobile", description: "", rate_limit_per_minute: "60", max_concurrent: "", token_expire_seconds: "600", is_active: false, api_ids: ["4"], group_ids: ["7"] });
  });
});

describe("issuedSecret and withoutSecret", () => {
  const answer = { id: 1, name: "mobile", client_id: "cid", client_secret: "s3cret" };

  it("takes the once-only secret with the client it belongs to", () => {
    expect(issuedSecret(answer)).toEqual({ name: "mobile", clientId: "cid", secret: "s3cret" });
    expect(issuedSecret({ ...answer, client_secret: null })).toBeNull();
  });

  it("drops the secret from what is kept", () => {
    expect(withoutSecret(answer)).toEqual({ id: 1, name: "mobile", client_id: "cid" });
  });
});

describe("limitText and lifetimeText", () => {
  it("says default for unset limits and unlimited for 0", () => {
    expect(limitText(null)).toBe("default");
    expect(limitText(0)).toBe("unlimited");
    expect(limitText("30")).toBe("30");
  });

  it("reads lifetimes in the largest whole unit", () => {
    expect(lifetimeText(7200)).toBe("2 h");
    expect(lifetimeText(900)).toBe("15 min");
    expect(lifetimeText("90")).toBe("90 s");
    expect(lifetimeText(undefined)).toBe("default");
  });
});
