import { describe, expect, it } from "vitest";
import type { CurrentUser, Permission } from "../auth/permissions";
import type { Grant, Role } from "../roles/types";
import type { User } from "./types";
import { roleRefusal, userControls } from "./userRules";

function me(permissions: Permission[], isSuperuser = false): CurrentUser {
  return { id: 1, username: "me", email: null, full_name: null, is_active: true, is_superuser: isSuperuser, permissions };
}

function user(id: number, roleIds: number[], isSuperuser = false): User {
  return { id, username: `u${id}`, email: null, full_name: null, is_active: true, is_superuser: isSuperuser, created_at: "", updated_at: "", role_ids: roleIds };
}

const readApi: Grant = { resource_type: "api", action: "read", resource_id: null };
const deleteApi: Grant = { resource_type: "api", action: "delete", resource_id: null };
const reader: Role = { id: 10, name: "Reader", description: null, is_builtin: false, permissions: [readApi], created_at: "", updated_at: "" };
const deleter: Role = { id: 11, name: "Deleter", description: null, is_builtin: false, permissions: [deleteApi], created_at: "", updated_at: "" };

describe("userControls", () => {
  it("lets a superuser do everything to others", () => {
    expect(userControls(user(2, [11], true), me([], true), [deleter])).toEqual({
      change: null, remove: null, roles: null, superuser: null, deactivate: null,
    });
  });

  it("keeps users from deleting, deactivating or raising themselves", () => {
    const controls = userControls(user(1, []), me([], true), []);
    expect(controls.change).toBeNull();
    expect(controls.remove).toBe("You cannot delete your own account.");
    expect(controls.roles).toBe("You cannot change your own roles.");
    expect(controls.superuser).toBe("You cannot change your own superuser flag.");
    expect(controls.deactivate).toBe("You cannot deactivate your own account.");
  });

  it("keeps superusers from everyone else", () => {
    const controls = userControls(user(2, [], true), me([readApi]), []);
    expect(controls.change).toBe("Only a superuser can change a superuser.");
    expect(controls.remove).toBe("Only a superuser can delete a superuser.");
    expect(controls.deactivate).toBe(controls.change);
  });

  it("refuses changing a user who holds more, naming what", () => {
    const controls = userControls(user(2, [10, 11]), me([readApi]), [reader, deleter]);
    expect(controls.change).toBe("You cannot change u2: they hold permissions you do not: delete api.");
    expect(controls.remove).toBe("You cannot delete u2: they hold permissions you do not: delete api.");
  });

  it("allows changing a user within one's own permissions, but not the superuser flag", () => {
    const controls = userControls(user(2, [10]), me([readApi]), [reader, deleter]);
    expect(controls.change).toBeNull();
    expect(controls.remove).toBeNull();
    expect(controls.superuser).toBe("Only a superuser can change the superuser flag.");
  });

  it("for a new user only limits the superuser flag", () => {
    expect(userControls(null, me([readApi]), [])).toEqual({
      change: null, remove: null, roles: null, superuser: "Only a superuser can make a superuser.", deactivate: null,
    });
  });
});

describe("roleRefusal", () => {
  it("refuses roles granting more than the user holds", () => {
    expect(roleRefusal(deleter, me([readApi]))).toBe("You cannot give this role: it grants permissions you do not hold: delete api.");
    expect(roleRefusal(reader, me([readApi]))).toBeNull();
    expect(roleRefusal(deleter, me([], true))).toBeNull();
  });
});
