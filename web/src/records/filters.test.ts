import { describe, expect, it } from "vitest";
import { hasFilters, listQuery, readFilters, viewSearch } from "./filters";
import { prettyJson } from "./json";
import { isoToLocalInput, localInputToIso } from "./timeInput";

const keys = ["path", "status"] as const;

describe("filters", () => {
  it("treats blank values as no filter", () => {
    const values = readFilters(new URLSearchParams("path=%20%20"), keys);
    expect(hasFilters(values)).toBe(false);
    expect(viewSearch(values, { page: 1, pageSize: 50 })).toBe("");
    expect(listQuery(values, { page: 1, pageSize: 50 })).toBe("?page=1&page_size=50");
  });

  it("encodes values that need it", () => {
    const search = viewSearch({ path: "a b&c", status: "" }, { page: 1, pageSize: 50 });
    expect(search).toBe("?path=a+b%26c");
    expect(readFilters(new URLSearchParams(search), keys).path).toBe("a b&c");
  });
});

describe("time inputs", () => {
  it("turns a local time into UTC ISO 8601 and back", () => {
    const iso = localInputToIso("2026-12-02T10:30");
    expect(iso).toMatch(/^2026-12-0[1-3]T\d\d:\d\d:00Z$/);
    expect(isoToLocalInput(iso)).toBe("2026-12-02T10:30");
  });

  it("keeps no time as no time", () => {
    expect(localInputToIso("")).toBe("");
    expect(isoToLocalInput("")).toBe("");
    expect(isoToLocalInput("not a time")).toBe("");
  });
});

describe("prettyJson", () => {
  it("indents objects and JSON held in a string, and leaves other text alone", () => {
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(prettyJson('{"b":[1]}')).toBe('{\n  "b": [\n    1\n  ]\n}');
    expect(prettyJson("{not json")).toBe("{not json");
    expect(prettyJson(null)).toBe("null");
  });
});
