import { describe, expect, it } from "vitest";
import type { ParamDefinition } from "./model";
import { pathParameterNames, ruleApplies, serverParamErrors, undeclaredPathNames, validateParams, valueFitsType } from "./paramValidation";

function p(definition: Partial<ParamDefinition> & { name: string }): ParamDefinition {
  return { location: "query", data_type: "string", ...definition };
}

/** The messages of the first parameter's `field`. */
function problemsOf(definition: Partial<ParamDefinition> & { name: string }, field: string, path = "items"): string[] {
  return (validateParams([p(definition)], path).fields[0] as Record<string, string[]>)[field] ?? [];
}

describe("validateParams: names", () => {
  it("accepts identifiers", () => {
    expect(validateParams([p({ name: "category" }), p({ name: "_x1" })], "items").count).toBe(0);
  });

  it("requires a name", () => {
    expect(problemsOf({ name: "" }, "name")).toEqual(["A name is required."]);
  });

  it("refuses names that are not identifiers", () => {
    for (const name of ["1st", "page-size", "a b", "näme"]) expect(problemsOf({ name }, "name")).toHaveLength(1);
  });

  it("refuses Liquid literals", () => {
    expect(problemsOf({ name: "empty" }, "name")[0]).toMatch(/literal/);
  });

  it("flags a repeated name on the later parameter, in any case", () => {
    const result = validateParams([p({ name: "id" }), p({ name: "id" }), p({ name: "ID" })], "items");
    expect(result.fields[0]!.name).toBeUndefined();
    expect(result.fields[1]!.name).toEqual(["'id' is declared more than once."]);
    expect(result.fields[2]!.name).toEqual(["'ID' differs from 'id' only in case."]);
    expect(result.count).toBe(2);
  });
});

describe("validateParams: path", () => {
  it("wants every {name} of the path declared with location path", () => {
    const result = validateParams([p({ name: "id", location: "query" })], "orders/{id}");
    expect(result.general).toEqual(["The path names {id}, but no parameter id has the location path."]);
    expect(validateParams([p({ name: "id", location: "path", data_type: "integer" })], "orders/{id}").count).toBe(0);
  });

  it("wants every path parameter in the path", () => {
    expect(problemsOf({ name: "id", location: "path" }, "location", "orders")[0]).toMatch(/The path has no \{id\}/);
  });

  it("lists the path's names nobody declares as a path parameter", () => {
    expect(undeclaredPathNames([p({ name: "ID", location: "path" }), p({ name: "user_id", location: "query" })], "users/{user_id}/orders/{id}")).toEqual(["user_id"]);
  });

  it("reads the path's parameter names", () => {
    expect(pathParameterNames("users/{user_id}/orders/{id}")).toEqual(["user_id", "id"]);
  });
});

describe("validateParams: types and defaults", () => {
  it("wants objects in the body", () => {
    expect(problemsOf({ name: "filter", data_type: "object" }, "location")).toHaveLength(1);
    expect(problemsOf({ name: "filter", data_type: "object", location: "body" }, "location")).toEqual([]);
  });

  it("checks a default against its type", () => {
    expect(problemsOf({ name: "n", data_type: "integer", default_value: "1.5" }, "default_value")).toEqual(["Must be a whole number."]);
    expect(problemsOf({ name: "n", data_type: "integer", default_value: 10 }, "default_value")).toEqual([]);
    expect(problemsOf({ name: "n", data_type: "integer", default_value: "10" }, "default_value")).toEqual([]);
    expect(problemsOf({ name: "x", data_type: "number", default_value: "abc" }, "default_value")).toHaveLength(1);
    expect(problemsOf({ name: "b", data_type: "boolean", default_value: "maybe" }, "default_value")).toHaveLength(1);
    expect(problemsOf({ name: "b", data_type: "boolean", default_value: "yes" }, "default_value")).toEqual([]);
    expect(problemsOf({ name: "d", data_type: "date", default_value: "2024-02-30" }, "default_value")).toHaveLength(1);
    expect(problemsOf({ name: "d", data_type: "date", default_value: "2024-02-29" }, "default_value")).toEqual([]);
    expect(problemsOf({ name: "t", data_type: "datetime", default_value: "2024-05-01T10:30:00Z" }, "default_value")).toEqual([]);
    expect(problemsOf({ name: "t", data_type: "datetime", default_value: "yesterday" }, "default_value")).toHaveLength(1);
    expect(problemsOf({ name: "o", data_type: "object", location: "body", default_value: [1] }, "default_value")).toHaveLength(1);
    expect(problemsOf({ name: "a", data_type: "array", default_value: "1,2" }, "default_value")).toEqual([]);
  });

  it("treats an empty default as none", () => {
    expect(problemsOf({ name: "n", data_type: "integer", default_value: "" }, "default_value")).toEqual([]);
    expect(problemsOf({ name: "n", data_type: "integer", default_value: null }, "default_value")).toEqual([]);
  });

  it("checks a default against its own rules", () => {
    expect(problemsOf({ name: "n", data_type: "integer", minimum: 1, maximum: 100, default_value: 500 }, "default_value")).toEqual(["The default is above the maximum (100)."]);
    expect(problemsOf({ name: "s", max_length: 2, default_value: "abc" }, "default_value")).toHaveLength(1);
    expect(problemsOf({ name: "s", pattern: "[a-z]+", default_value: "ABC" }, "default_value")).toEqual(["The default does not match the pattern."]);
    expect(problemsOf({ name: "s", enum: ["asc", "desc"], default_value: "up" }, "default_value")).toEqual(["The default is not one of the enum values."]);
    expect(problemsOf({ name: "n", data_type: "integer", enum: [1, 2], default_value: "2" }, "default_value")).toEqual([]);
  });
});

describe("validateParams: rules", () => {
  it("wants minimum at most maximum", () => {
    expect(problemsOf({ name: "n", data_type: "number", minimum: 10, maximum: 1 }, "maximum")).toEqual(["Must not be less than the minimum (10)."]);
    expect(problemsOf({ name: "n", data_type: "number", minimum: 1, maximum: 1 }, "maximum")).toEqual([]);
  });

  it("wants min_length at most max_length, both whole and not negative", () => {
    expect(problemsOf({ name: "s", min_length: 5, max_length: 2 }, "max_length")).toHaveLength(1);
    expect(problemsOf({ name: "s", min_length: -1 }, "min_length")).toHaveLength(1);
    expect(problemsOf({ name: "s", max_length: 2.5 }, "max_length")).toHaveLength(1);
  });

  it("wants a pattern that parses", () => {
    expect(problemsOf({ name: "s", pattern: "[a-z" }, "pattern")[0]).toMatch(/^Not a valid regular expression/);
    expect(problemsOf({ name: "s", pattern: "^[A-Z]{2}\\d+$" }, "pattern")).toEqual([]);
    // .NET-only syntax is left to the server.
    expect(problemsOf({ name: "s", pattern: "(?i)abc" }, "pattern")).toEqual([]);
  });

  it("wants enum values of the type", () => {
    expect(problemsOf({ name: "n", data_type: "integer", enum: [1, "two"] }, "enum")).toEqual(['"two" is not a whole number.']);
    expect(problemsOf({ name: "a", data_type: "array", enum: ["x", 1, true] }, "enum")).toEqual([]);
  });

  it("refuses rules on types they do not apply to", () => {
    expect(problemsOf({ name: "n", data_type: "integer", pattern: "\\d+" }, "pattern")).toEqual(["Does not apply to integer parameters; clear it."]);
    expect(problemsOf({ name: "s", minimum: 1 }, "minimum")).toHaveLength(1);
    expect(problemsOf({ name: "b", data_type: "boolean", max_length: 3 }, "max_length")).toHaveLength(1);
    expect(problemsOf({ name: "o", data_type: "object", location: "body", enum: [1] }, "enum")).toHaveLength(1);
  });

  it("wants a validate script of at most 4000 characters, on any type", () => {
    expect(problemsOf({ name: "n", data_type: "object", location: "body", validate: "value !== null" }, "validate")).toEqual([]);
    expect(problemsOf({ name: "s", validate: "x".repeat(4001) }, "validate")).toEqual(["Must be at most 4000 characters (it has 4001)."]);
  });

  it("knows which rules apply to which types", () => {
    expect(ruleApplies("pattern", "array")).toBe(true);
    expect(ruleApplies("minimum", "string")).toBe(false);
    expect(ruleApplies("enum", "date")).toBe(true);
    expect(ruleApplies("enum", "object")).toBe(false);
  });

  it("counts every message", () => {
    const result = validateParams([p({ name: "1x", data_type: "integer", pattern: "a", minimum: 5, maximum: 1 })], "items/{id}");
    expect(result.count).toBe(4);
  });
});

describe("valueFitsType", () => {
  it("reads numbers and booleans as text for string parameters", () => {
    expect(valueFitsType(12, "string")).toBe(true);
    expect(valueFitsType(true, "string")).toBe(true);
    expect(valueFitsType({}, "string")).toBe(false);
  });
});

describe("serverParamErrors", () => {
  it("sorts the server's messages by row and field", () => {
    const result = serverParamErrors({
      name: ["is required."],
      params: ["Parameter 'x' is declared more than once."],
      "params[1].data_type": ["'text' is not valid; use one of string, integer."],
      "params[2]": ["is null."],
      "params[3].validate": ["line 1, column 7: Unexpected end of input"],
    });
    expect(result.rows.get(1)).toEqual({ data_type: ["'text' is not valid; use one of string, integer."] });
    expect(result.rows.get(3)).toEqual({ validate: ["line 1, column 7: Unexpected end of input"] });
    expect(result.general).toEqual(["Parameter 'x' is declared more than once.", "params[2] is null."]);
  });
});
