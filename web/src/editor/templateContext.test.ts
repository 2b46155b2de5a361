import { describe, expect, it } from "vitest";
import { inTemplateTag, templateSpotAt } from "./templateContext";

/** The spot at the `|` marker of `text` (the marker removed). */
function spot(marked: string) {
  const pos = marked.indexOf("‸");
  const text = marked.slice(0, pos) + marked.slice(pos + 1);
  return templateSpotAt(text, pos);
}

describe("templateSpotAt", () => {
  it("is null in plain SQL", () => {
    expect(spot("SELECT * FROM prod‸")).toBeNull();
  });

  it("is null after a closed output", () => {
    expect(spot("WHERE id = {{ id }} AND na‸")).toBeNull();
  });

  it("offers values inside an output, from the start of the word", () => {
    expect(spot("WHERE c = {{ cat‸")).toEqual({ tag: "output", kind: "value", from: 13, word: "cat", expectsName: false });
  });

  it("expects a name right after {{", () => {
    expect(spot("WHERE c = {{ ‸")).toMatchObject({ kind: "value", word: "", expectsName: true });
  });

  it("offers filters after a pipe", () => {
    expect(spot("{{ q | li‸")).toMatchObject({ kind: "filter", word: "li", from: 7 });
    expect(spot("{{ q |‸")).toMatchObject({ kind: "filter", word: "", expectsName: true });
    expect(spot("{{ q | like | up‸")).toMatchObject({ kind: "filter", word: "up" });
  });

  it("offers tag names right after {% and values later in the tag", () => {
    expect(spot("{% ‸")).toMatchObject({ tag: "statement", kind: "tag", expectsName: true });
    expect(spot("{%- en‸")).toMatchObject({ kind: "tag", word: "en" });
    expect(spot("{% if ca‸")).toMatchObject({ tag: "statement", kind: "value", word: "ca" });
    expect(spot("{% if a and ‸")).toMatchObject({ kind: "value", word: "", expectsName: false });
    expect(spot("{% if a == ‸")).toMatchObject({ kind: "value", expectsName: true });
  });

  it("offers filters in a tag's expression", () => {
    expect(spot("{% assign n = limit | def‸")).toMatchObject({ kind: "filter", word: "def" });
  });

  it("is null inside a string, after a dot and in a number", () => {
    expect(spot("{{ q | append: '%a‸")).toBeNull();
    expect(spot("{{ filters.na‸")).toBeNull();
    expect(spot("{{ 12‸")).toBeNull();
  });

  it("finds the open tag across lines", () => {
    expect(spot("{% if\n  st‸")).toMatchObject({ kind: "value", word: "st" });
  });
});

describe("inTemplateTag", () => {
  it("tells SQL from template text", () => {
    expect(inTemplateTag("SELECT {{ a }} FROM t", 20)).toBe(false);
    expect(inTemplateTag("SELECT {{ a.", 12)).toBe(true);
    expect(inTemplateTag("{% if x %} SELECT", 17)).toBe(false);
  });
});
