import { describe, expect, it } from "vitest";
import type { User } from "../users/types";
import { holdersByRole } from "./holders";

function user(id: number, roleIds: number[] | null): User {
  return { id, username: `u${id}`, email: null, full_name: null, is_active: true, is_superuser: false, created_at: "", updated_at: "", role_ids: roleIds };
}

describe("holdersByRole", () => {
  it("counts each user once per role", () => {
    const counts = holdersByRole([user(1, [1, 2]), user(2, [2, 2]), user(3, null)]);
    expect(counts.get(1)).toBe(1);
    expect(counts.get(2)).toBe(2);
    expect(counts.get(3)).toBeUndefined();
  });
});
