import { describe, expect, it } from "vitest";
import type { CurrentUser, Permission } from "../auth/permissions";
import { roleAccess } from "./roleRules";
import type { Grant, Role } from "./types";

function user(permissions: Permission[], isSuperuser = false): CurrentUser {
  return { id: 2, username: "ops", email: null, full_name: null, is_active: true, is_superuser: isSuperuser, permissions };
}

function role(permissions: Grant[], isBuiltin = false): Role {
  return { id: 1, name: "Viewer", description: null, is_builtin: isBuiltin, permissions, created_at: "", updated_at: "" };
}

const readApi: Grant = { resource_type: "api", action: "read", resource_id: null };
const deleteApi: Grant = { resource_type: "api", action: "delete", resource_id: null };

describe("roleAccess", () => {
  it("lets a superuser change a built-in role but nobody delete it", () => {
    expect(roleAccess(role([readApi], true), user([], true))).toEqual({
      change: null,
      remove: "Viewer is a built-in role and cannot be deleted.",
    });
  });

  it("keeps built-in roles from everyone but superusers", () => {
    expect(roleAccess(role([readApi], true), user([readApi])).change).toBe("Viewer is a built-in role; only a superuser can change it.");
  });

  it("refuses a role that grants more than the user holds, naming what", () => {
    const reason = "It grants permissions you do not hold: delete api.";
    expect(roleAccess(role([readApi, deleteApi]), user([readApi]))).toEqual({ change: reason, remove: reason });
  });

  it("allows a custom role within the user's own permissions", () => {
    expect(roleAccess(role([readApi]), user([readApi, deleteApi]))).toEqual({ change: null, remove: null });
  });
});
