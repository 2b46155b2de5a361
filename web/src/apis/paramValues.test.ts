import { describe, expect, it } from "vitest";
import { enumText, parseEnumText, parseValueText, sameValue, valueText } from "./paramValues";

describe("parseValueText", () => {
  it("is null when empty", () => {
    expect(parseValueText("  ", "integer")).toBeNull();
  });

  it("keeps numbers and booleans that read back the same", () => {
    expect(parseValueText("50", "integer")).toBe(50);
    expect(parseValueText("1.5", "number")).toBe(1.5);
    expect(parseValueText("true", "boolean")).toBe(true);
  });

  it("keeps text that is half typed or not of the type", () => {
    expect(parseValueText("1.", "number")).toBe("1.");
    expect(parseValueText("abc", "integer")).toBe("abc");
    expect(parseValueText("50", "string")).toBe("50");
  });

  it("parses JSON for arrays and objects, else keeps the text", () => {
    expect(parseValueText('["a", "b"]', "array")).toEqual(["a", "b"]);
    expect(parseValueText('{"a": 1}', "object")).toEqual({ a: 1 });
    expect(parseValueText("a,b", "array")).toBe("a,b");
  });
});

describe("valueText", () => {
  it("shows text as is and the rest as JSON", () => {
    expect(valueText("x")).toBe("x");
    expect(valueText(5)).toBe("5");
    expect(valueText(["a"])).toBe('["a"]');
    expect(valueText(null)).toBe("");
  });
});

describe("enum text", () => {
  it("splits on commas and types the items", () => {
    expect(parseEnumText("asc, desc", "string")).toEqual(["asc", "desc"]);
    expect(parseEnumText("1, 2, x", "integer")).toEqual([1, 2, "x"]);
    expect(parseEnumText("1,2", "array")).toEqual(["1", "2"]);
    expect(parseEnumText(" , ", "string")).toBeNull();
  });

  it("round-trips", () => {
    expect(enumText(["asc", "desc"])).toBe("asc, desc");
    expect(enumText([1, 2])).toBe("1, 2");
    expect(enumText(null)).toBe("");
  });

  it("compares values", () => {
    expect(sameValue([1], [1])).toBe(true);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue("1", 1)).toBe(false);
  });
});
