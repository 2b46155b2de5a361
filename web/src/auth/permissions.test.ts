import { describe, expect, it } from "vitest";
import { permissionCheck, type CurrentUser, type Permission } from "./permissions";

function user(permissions: Permission[], isSuperuser = false): CurrentUser {
  return { id: 2, username: "ops", email: null, full_name: null, is_active: true, is_superuser: isSuperuser, permissions };
}

describe("permissionCheck", () => {
  it("allows a superuser everything", () => {
    const can = permissionCheck(user([], true));
    expect(can("role", "delete")).toBe(true);
    expect(can("api", "execute", 7)).toBe(true);
  });

  it("allows nothing without a user", () => {
    expect(permissionCheck(undefined)("overview", "read")).toBe(false);
    expect(permissionCheck(null)("overview", "read")).toBe(false);
  });

  it("covers every resource of the type with a grant without id", () => {
    const can = permissionCheck(user([{ resource_type: "api", action: "read", resource_id: null }]));
    expect(can("api", "read")).toBe(true);
    expect(can("api", "read", 12)).toBe(true);
    expect(can("api", "update", 12)).toBe(false);
    expect(can("datasource", "read")).toBe(false);
  });

  it("covers one resource only with a grant with id", () => {
    const can = permissionCheck(user([{ resource_type: "api", action: "update", resource_id: "12" }]));
    expect(can("api", "update", 12)).toBe(true);
    expect(can("api", "update", "12")).toBe(true);
    expect(can("api", "update", 13)).toBe(false);
    // "Some of them" (menus, lists): one is enough.
    expect(can("api", "update")).toBe(true);
  });
});
