import { describe, expect, it } from "vitest";
import { ApiError } from "../api/problem";
import { contentLanguage, defaultSides, paramsText, publishedNumber, refusalOf, sideLabel, withoutForceHint, type Version } from "./model";

const v = (id: number, version: number): Version => ({ id, version, content: "", commit_message: `v${version}` });

describe("defaultSides", () => {
  it("compares the newest version with the one before it", () => {
    expect(defaultSides([v(12, 3), v(11, 2), v(10, 1)])).toEqual({
      from: { kind: "version", id: "11", number: 2 },
      to: { kind: "version", id: "12", number: 3 },
    });
  });

  it("compares a single version with the draft, and nothing without versions", () => {
    expect(defaultSides([v(5, 1)])).toEqual({ from: { kind: "version", id: "5", number: 1 }, to: { kind: "draft" } });
    expect(defaultSides([])).toBeNull();
  });
});

describe("sideLabel and paramsText", () => {
  it("names versions by number and the draft as such", () => {
    expect(sideLabel({ kind: "version", id: "9", number: 4 })).toBe("version 4");
    expect(sideLabel({ kind: "draft" })).toBe("the draft");
  });

  it("prints parameters as indented JSON, none as an empty list", () => {
    expect(paramsText([{ name: "id" }])).toBe('[\n  {\n    "name": "id"\n  }\n]');
    expect(paramsText(undefined)).toBe("[]");
  });
});

describe("publishedNumber", () => {
  it("is the published version's number only while published", () => {
    expect(publishedNumber({ is_published: true, published_version: "3" })).toBe(3);
    expect(publishedNumber({ is_published: false, published_version: null })).toBeNull();
    expect(publishedNumber(undefined)).toBeNull();
  });
});

describe("refusalOf", () => {
  it("lists each SQL check problem and allows forcing", () => {
    const error = new ApiError(409, "The SQL check found problems: …", {}, {
      title: "SQL check failed",
      problems: [{ message: "no such column: nme.", code: "SQLITE_ERROR", sql: "SELECT nme FROM products", case: null }],
    });
    expect(refusalOf(error)).toEqual({
      title: "SQL check failed",
      reasons: ["no such column: nme (SQLITE_ERROR) in: SELECT nme FROM products."],
      forceable: true,
    });
  });

  it("lists the failing test cases only", () => {
    const error = new ApiError(409, "Version 2 fails 1 of 2 test cases", {}, {
      title: "Tests failed",
      test_results: { results: [{ name: "ok", passed: true, failures: [] }, { name: "empty", passed: false, failures: ["Expected 1 row, got 0."] }] },
    });
    expect(refusalOf(error)?.reasons).toEqual(["Test case 'empty' fails: Expected 1 row, got 0."]);
    expect(refusalOf(error)?.forceable).toBe(true);
  });

  it("reads an unreachable datasource from the detail without the force hint", () => {
    const error = new ApiError(409, 'The SQL could not be checked: the datasource could not be reached (refused). Send "force": true to publish anyway.', {}, {
      title: "Datasource unreachable",
      problems: [],
    });
    expect(refusalOf(error)).toEqual({
      title: "Datasource unreachable",
      reasons: ["The SQL could not be checked: the datasource could not be reached (refused)."],
      forceable: true,
    });
  });

  it("does not offer forcing for nothing changed", () => {
    const error = new ApiError(409, "Nothing changed since version 2 of API 4; edit the draft before committing.", {}, { title: "Nothing changed" });
    expect(refusalOf(error)?.forceable).toBe(false);
    expect(refusalOf(new Error("x"))).toBeNull();
  });
});

describe("withoutForceHint", () => {
  it("keeps a message without the hint as it is", () => {
    expect(withoutForceHint("Version 3 is published.")).toBe("Version 3 is published.");
    expect(withoutForceHint('Tests cannot run. Publish with "force": true to publish anyway.')).toBe("Tests cannot run.");
  });
});

describe("contentLanguage", () => {
  it("is JavaScript for a script API and a script macro, SQL otherwise", () => {
    expect(contentLanguage({ execute_engine: "script" })).toBe("javascript");
    expect(contentLanguage({ language: "javascript" })).toBe("javascript");
    expect(contentLanguage({ execute_engine: "sql" })).toBe("sql");
    expect(contentLanguage({ language: "sql" })).toBe("sql");
    expect(contentLanguage(undefined)).toBe("sql");
  });
});
