import { describe, expect, it } from "vitest";
import { bodyValue, exampleText } from "./exampleValues";

describe("exampleText", () => {
  it("prefers the default, then the first allowed value", () => {
    expect(exampleText({ name: "sort", data_type: "string", default_value: "id", enum: ["name", "id"] })).toBe("id");
    expect(exampleText({ name: "category", data_type: "string", enum: ["books", "games"] })).toBe("books");
    expect(exampleText({ name: "limit", data_type: "integer", default_value: 20 })).toBe("20");
  });

  it("gives an example of each type within its bounds", () => {
    expect(exampleText({ name: "id", data_type: "integer", minimum: 5 })).toBe("5");
    expect(exampleText({ name: "n", data_type: "integer" })).toBe("1");
    expect(exampleText({ name: "price", data_type: "number", minimum: 0 })).toBe("0");
    expect(exampleText({ name: "ok", data_type: "boolean" })).toBe("true");
    expect(exampleText({ name: "d", data_type: "date" })).toBe("2024-01-31");
    expect(exampleText({ name: "t", data_type: "datetime" })).toBe("2024-01-31T12:00:00Z");
    expect(exampleText({ name: "ids", data_type: "array" })).toBe("1,2");
    expect(exampleText({ name: "tags", data_type: "array", enum: ["a", "b", "c"] })).toBe("a,b");
    expect(exampleText({ name: "o", data_type: "object" })).toBe('{"key": "value"}');
  });

  it("fits a string example to its length bounds", () => {
    expect(exampleText({ name: "q", data_type: "string" })).toBe("example");
    expect(exampleText({ name: "code", data_type: "string", min_length: 10 })).toBe("xxxxxxxxxx");
    expect(exampleText({ name: "c", data_type: "string", max_length: 3 })).toBe("exa");
  });
});

describe("bodyValue", () => {
  it("types what was typed by the parameter's type", () => {
    expect(bodyValue({ name: "n", data_type: "integer" }, "42")).toBe(42);
    expect(bodyValue({ name: "b", data_type: "boolean" }, "false")).toBe(false);
    expect(bodyValue({ name: "a", data_type: "array" }, "1, 2")).toEqual(["1", "2"]);
    expect(bodyValue({ name: "a", data_type: "array" }, "[1, 2]")).toEqual([1, 2]);
    expect(bodyValue({ name: "o", data_type: "object" }, '{"a": 1}')).toEqual({ a: 1 });
  });

  it("keeps text that does not parse, for the gateway to name the problem", () => {
    expect(bodyValue({ name: "n", data_type: "integer" }, "many")).toBe("many");
    expect(bodyValue({ name: "o", data_type: "object" }, "{broken")).toBe("{broken");
  });
});
