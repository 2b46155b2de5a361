import { describe, expect, it } from "vitest";
import type { CurrentUser, Permission } from "../auth/permissions";
import { covers, describeGrants, holds, notHeld } from "./grants";
import type { Grant } from "./types";

function grant(resource_type: Grant["resource_type"], action: Grant["action"], resource_id: string | null = null): Grant {
  return { resource_type, action, resource_id };
}

function user(permissions: Permission[], isSuperuser = false): CurrentUser {
  return { id: 2, username: "ops", email: null, full_name: null, is_active: true, is_superuser: isSuperuser, permissions };
}

describe("covers", () => {
  it("follows the server: a grant without id covers every id, one with an id only that id", () => {
    expect(covers(grant("api", "read"), grant("api", "read", "4"))).toBe(true);
    expect(covers(grant("api", "read"), grant("api", "read"))).toBe(true);
    expect(covers(grant("api", "read", "4"), grant("api", "read", "4"))).toBe(true);
    expect(covers(grant("api", "read", "4"), grant("api", "read"))).toBe(false);
    expect(covers(grant("api", "read", "4"), grant("api", "read", "5"))).toBe(false);
    expect(covers(grant("api", "read"), grant("api", "update"))).toBe(false);
    expect(covers(grant("api", "read"), grant("macro", "read"))).toBe(false);
  });
});

describe("holds and notHeld", () => {
  it("gives a superuser everything and nobody without a user anything", () => {
    expect(holds(user([], true), grant("role", "delete"))).toBe(true);
    expect(holds(undefined, grant("api", "read"))).toBe(false);
    expect(notHeld(user([], true), [grant("role", "delete")])).toEqual([]);
  });

  it("names each grant the user lacks once", () => {
    const me = user([grant("api", "read"), grant("api", "update", "3")]);
    const wanted = [grant("api", "read", "9"), grant("api", "update", "3"), grant("api", "update"), grant("api", "update"), grant("role", "read")];
    expect(notHeld(me, wanted)).toEqual([grant("api", "update"), grant("role", "read")]);
  });
});

describe("describeGrants", () => {
  it("lists a few grants and counts the rest", () => {
    expect(describeGrants([grant("api", "read"), grant("api", "update", "3")])).toBe("read api, update api 3");
    const many = ["read", "create", "update", "delete", "execute"].map((a) => grant("api", a as Grant["action"]));
    expect(describeGrants(many, 2)).toBe("read api, create api and 3 more");
  });
});
