import { describe, expect, it } from "vitest";
import {
  actions, addScoped, cellName, columnState, isCovered, joinPermissions, removeScoped, resources, rowState,
  samePermissions, setCell, setColumn, setRow, splitPermissions, type PermissionSet,
} from "./permissionMatrix";
import type { Grant } from "./types";

function grant(resource_type: Grant["resource_type"], action: Grant["action"], resource_id: string | null = null): Grant {
  return { resource_type, action, resource_id };
}

const empty: PermissionSet = { matrix: new Set(), scoped: [] };

describe("resources and actions", () => {
  it("lists every resource type and action the server knows, in its order", () => {
    expect(resources.map((r) => r.value)).toEqual([
      "datasource", "module", "group", "api", "macro", "client", "user", "role", "access_log", "overview", "audit", "webhook",
    ]);
    expect(actions.map((a) => a.value)).toEqual(["read", "create", "update", "delete", "execute"]);
  });

  it("names a cell by action and resource", () => {
    expect(cellName("api", "execute")).toBe("execute api");
  });
});

describe("splitPermissions", () => {
  it("puts type-wide grants in the matrix and grants on one resource in the scoped list", () => {
    const set = splitPermissions([grant("api", "read"), grant("api", "update", "12"), grant("datasource", "execute")]);
    expect([...set.matrix].sort()).toEqual(["api:read", "datasource:execute"]);
    expect(set.scoped).toEqual([grant("api", "update", "12")]);
  });

  it("drops repeats, blank ids and values it does not know", () => {
    const unknown = { resource_type: "spaceship", action: "read", resource_id: null } as unknown as Grant;
    const set = splitPermissions([
      grant("api", "read"), grant("api", "read"), grant("api", "read", "  "),
      grant("api", "delete", " 3 "), grant("api", "delete", "3"), unknown,
    ]);
    expect([...set.matrix]).toEqual(["api:read"]);
    expect(set.scoped).toEqual([grant("api", "delete", "3")]);
  });
});

describe("joinPermissions", () => {
  it("lists checked cells in matrix order, then the scoped grants", () => {
    let set = setCell(empty, "webhook", "read", true);
    set = setCell(set, "api", "execute", true);
    set = setCell(set, "api", "read", true);
    set = addScoped(set, "module", "4", ["update"]);
    expect(joinPermissions(set)).toEqual([
      grant("api", "read"), grant("api", "execute"), grant("webhook", "read"), grant("module", "update", "4"),
    ]);
  });

  it("leaves out scoped grants a checked cell already covers", () => {
    const set = addScoped(setCell(empty, "api", "read", true), "api", "7", ["read", "update"]);
    expect(isCovered(set, grant("api", "read", "7"))).toBe(true);
    expect(isCovered(set, grant("api", "update", "7"))).toBe(false);
    expect(joinPermissions(set)).toEqual([grant("api", "read"), grant("api", "update", "7")]);
  });

  it("round-trips what the server stores", () => {
    const stored = [grant("api", "read"), grant("api", "execute"), grant("client", "update", "9")];
    expect(joinPermissions(splitPermissions(stored))).toEqual(stored);
  });

  it("is empty for an empty role", () => {
    expect(joinPermissions(empty)).toEqual([]);
  });
});

describe("rows and columns", () => {
  it("checks and unchecks a whole row", () => {
    const on = setRow(empty, "macro", true);
    expect(rowState(on, "macro")).toBe("all");
    expect(joinPermissions(on).map((g) => g.action)).toEqual(["read", "create", "update", "delete", "execute"]);
    expect(rowState(setRow(on, "macro", false), "macro")).toBe("none");
  });

  it("checks and unchecks a whole column", () => {
    const on = setColumn(empty, "read", true);
    expect(columnState(on, "read")).toBe("all");
    expect(joinPermissions(on)).toHaveLength(resources.length);
    expect(columnState(setColumn(on, "read", false), "read")).toBe("none");
  });

  it("reports a partly checked row or column", () => {
    const set = setCell(empty, "api", "read", true);
    expect(rowState(set, "api")).toBe("some");
    expect(columnState(set, "read")).toBe("some");
    expect(rowState(set, "module")).toBe("none");
  });

  it("changes only the cells the user may change", () => {
    const set = setRow(setCell(empty, "api", "delete", true), "api", true, (_, action) => action === "read");
    expect(joinPermissions(set).map((g) => g.action)).toEqual(["read", "delete"]);
    const off = setColumn(setColumn(empty, "read", true), "read", false, (resource) => resource !== "user");
    expect(joinPermissions(off)).toEqual([grant("user", "read")]);
  });

  it("does not change the set it was given", () => {
    const before = setCell(empty, "api", "read", true);
    setCell(before, "api", "update", true);
    setRow(before, "api", false);
    expect([...before.matrix]).toEqual(["api:read"]);
  });
});

describe("scoped grants", () => {
  it("adds one grant per chosen action and skips ones already listed", () => {
    const once = addScoped(empty, "api", "5", ["read", "execute"]);
    const twice = addScoped(once, "api", "5", ["execute", "update"]);
    expect(twice.scoped).toEqual([grant("api", "read", "5"), grant("api", "execute", "5"), grant("api", "update", "5")]);
  });

  it("removes exactly the grant given", () => {
    const set = addScoped(addScoped(empty, "api", "5", ["read"]), "api", "6", ["read"]);
    expect(removeScoped(set, grant("api", "read", "5")).scoped).toEqual([grant("api", "read", "6")]);
  });
});

describe("samePermissions", () => {
  it("ignores order and repeats", () => {
    expect(samePermissions([grant("api", "read"), grant("api", "read", "1")], [grant("api", "read", "1"), grant("api", "read"), grant("api", "read")])).toBe(true);
    expect(samePermissions([grant("api", "read")], [grant("api", "read", "1")])).toBe(false);
  });
});
