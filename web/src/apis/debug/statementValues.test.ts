import { describe, expect, it } from "vitest";
import { boundValueLines, formatBoundValue, placeholderName, placeholderStyle } from "./statementValues";

describe("placeholderStyle", () => {
  it("follows the datasource's engine", () => {
    expect(placeholderStyle("postgres", "")).toBe("dollar");
    expect(placeholderStyle("duckdb", "")).toBe("dollar");
    expect(placeholderStyle("mysql", "")).toBe("question");
    expect(placeholderStyle("sqlite", "")).toBe("at");
  });

  it("reads the statement when the engine is unknown", () => {
    expect(placeholderStyle(undefined, "SELECT * FROM t WHERE id = @p0")).toBe("at");
    expect(placeholderStyle(null, "SELECT * FROM t WHERE id = $1")).toBe("dollar");
    expect(placeholderStyle(undefined, "SELECT * FROM t WHERE id = ?")).toBe("question");
  });
});

describe("placeholderName", () => {
  it("numbers as each engine does", () => {
    expect(placeholderName("dollar", 0)).toBe("$1");
    expect(placeholderName("at", 0)).toBe("@p0");
    expect(placeholderName("question", 3)).toBe("?");
  });
});

describe("formatBoundValue", () => {
  it("writes values as SQL literals", () => {
    expect(formatBoundValue("lamp")).toBe("'lamp'");
    expect(formatBoundValue("O'Brien")).toBe("'O''Brien'");
    expect(formatBoundValue(42)).toBe("42");
    expect(formatBoundValue(9.5)).toBe("9.5");
    expect(formatBoundValue(true)).toBe("true");
    expect(formatBoundValue(null)).toBe("NULL");
    expect(formatBoundValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe("boundValueLines", () => {
  it("pairs each placeholder with its value", () => {
    expect(boundValueLines("dollar", ["x", 2])).toEqual(["$1 = 'x'", "$2 = 2"]);
    expect(boundValueLines("at", [null])).toEqual(["@p0 = NULL"]);
  });
});
