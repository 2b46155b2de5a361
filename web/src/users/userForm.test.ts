import { describe, expect, it } from "vitest";
import type { User } from "./types";
import { createBody, emptyUserForm, toggleRole, updateBody, userFormOf } from "./userForm";

const saved: User = {
  id: 4, username: "ann", email: "ann@example.com", full_name: null, is_active: true, is_superuser: false,
  created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z", role_ids: [2, 3],
};

describe("createBody", () => {
  it("sends every field, trimmed, with blanks as null", () => {
    const form = { ...emptyUserForm(), username: " bob ", password: " secret pw ", email: "  ", role_ids: [1] };
    expect(createBody(form)).toEqual({
      username: "bob", password: " secret pw ", email: null, full_name: null, is_active: true, is_superuser: false, role_ids: [1],
    });
  });
});

describe("updateBody", () => {
  it("sends nothing when nothing changed", () => {
    expect(updateBody(saved, userFormOf(saved))).toEqual({});
  });

  it("sends a new password only when one is typed", () => {
    expect(updateBody(saved, { ...userFormOf(saved), password: "new-password-1" })).toEqual({ password: "new-password-1" });
  });

  it("sends roles only when the set changed, whatever the order", () => {
    expect(updateBody(saved, { ...userFormOf(saved), role_ids: [3, 2] })).toEqual({});
    expect(updateBody(saved, { ...userFormOf(saved), role_ids: [3] })).toEqual({ role_ids: [3] });
  });

  it("sends changed flags and texts; a cleared text becomes empty", () => {
    const form = { ...userFormOf(saved), is_active: false, email: "", full_name: "Ann Lee", username: "ann2" };
    expect(updateBody(saved, form)).toEqual({ username: "ann2", email: "", full_name: "Ann Lee", is_active: false });
  });
});

describe("toggleRole", () => {
  it("adds once and removes", () => {
    expect(toggleRole([1], 2, true)).toEqual([1, 2]);
    expect(toggleRole([1, 2], 2, true)).toEqual([1, 2]);
    expect(toggleRole([1, 2], 1, false)).toEqual([2]);
  });
});
