import { describe, expect, it } from "vitest";
import type { ParamDefinition } from "../model";
import { coerceValues, initialRaw, inputKindOf, placeholderOf, rawFromValues } from "./valuesForm";

const params: ParamDefinition[] = [
  { name: "q", data_type: "string" },
  { name: "id", data_type: "integer", is_required: true },
  { name: "price", data_type: "number" },
  { name: "active", data_type: "boolean", default_value: true },
  { name: "ids", data_type: "array" },
  { name: "filter", data_type: "object" },
  { name: "since", data_type: "date" },
  { name: "at", data_type: "datetime" },
];

describe("inputKindOf", () => {
  it("gives each type its input", () => {
    expect(params.map((p) => inputKindOf(p.data_type))).toEqual(["text", "number", "number", "checkbox", "json", "json", "date", "datetime"]);
    expect(inputKindOf(undefined)).toBe("text");
  });
});

describe("placeholderOf", () => {
  it("shows a string default as it is and others as JSON", () => {
    expect(placeholderOf({ name: "sort", default_value: "id" })).toBe("id");
    expect(placeholderOf({ name: "limit", default_value: 20 })).toBe("20");
    expect(placeholderOf({ name: "ids", default_value: [1, 2] })).toBe("[1,2]");
    expect(placeholderOf({ name: "none" })).toBe("");
  });
});

describe("coerceValues", () => {
  it("sends each value with its parameter's type", () => {
    const result = coerceValues(params, {
      q: "lamp", id: " 42 ", price: "9.5", active: false, ids: "[1, 2]", filter: '{"a": 1}', since: "2024-05-01", at: "2024-05-01T10:30",
    });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      q: "lamp", id: 42, price: 9.5, active: false, ids: [1, 2], filter: { a: 1 }, since: "2024-05-01", at: "2024-05-01T10:30",
    });
  });

  it("leaves empty inputs out so the server applies defaults", () => {
    const result = coerceValues(params, {});
    expect(result.errors).toEqual({});
    // The checkbox starts at its default.
    expect(result.values).toEqual({ active: true });
  });

  it("names each value that cannot be read", () => {
    const result = coerceValues(params, { id: "4.5", price: "abc", ids: '{"a": 1}', filter: "[1]", q: "ok" });
    expect(result.errors).toEqual({
      id: "must be a whole number.",
      price: "must be a number.",
      ids: 'must be a JSON array, e.g. [1, 2] or ["a", "b"].',
      filter: 'must be a JSON object, e.g. {"key": "value"}.',
    });
    expect(result.values).toEqual({ q: "ok", active: true });
  });

  it("reports JSON that does not parse", () => {
    expect(coerceValues([{ name: "ids", data_type: "array" }], { ids: "[1," }).errors).toEqual({ ids: 'must be a JSON array, e.g. [1, 2] or ["a", "b"].' });
  });

  it("keeps a string's spaces as typed", () => {
    expect(coerceValues([{ name: "q", data_type: "string" }], { q: " a b " }).values).toEqual({ q: " a b " });
  });
});

describe("rawFromValues", () => {
  it("shows stored values in the form and round-trips through coerceValues", () => {
    const values = { q: "lamp", id: 42, price: 9.5, active: false, ids: [1, 2], filter: { a: 1 }, since: "2024-05-01" };
    const raw = rawFromValues(params, values);
    expect(raw).toMatchObject({ q: "lamp", id: "42", price: "9.5", active: false, since: "2024-05-01", at: "" });
    expect(coerceValues(params, raw).values).toEqual(values);
  });

  it("starts parameters without a value at their initial state", () => {
    expect(rawFromValues(params, {})["active"]).toBe(initialRaw(params[3]!));
    expect(rawFromValues(params, {})["q"]).toBe("");
  });
});
