import { describe, expect, it } from "vitest";
import { CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { templateCompletionSource } from "./templateCompletions";

/** What the source offers at the `‸` marker of `marked`. */
function complete(marked: string, explicit = false, params = ["category", "limit"]) {
  const pos = marked.indexOf("‸");
  const doc = marked.slice(0, pos) + marked.slice(pos + 1);
  const state = EditorState.create({ doc });
  const source = templateCompletionSource(() => params.map((name) => ({ name })));
  return source(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
}

function labels(result: CompletionResult | null): string[] {
  return result?.options.map((o) => o.label) ?? [];
}

describe("templateCompletionSource", () => {
  it("offers the declared parameters inside {{ }}", () => {
    const result = complete("SELECT * FROM products WHERE category = {{ ca‸");
    expect(labels(result)).toEqual(expect.arrayContaining(["category", "limit", "today", "now"]));
    expect(result?.from).toBe(43);
  });

  it("offers the parameters right after {{", () => {
    expect(labels(complete("WHERE id = {{ ‸"))).toContain("limit");
  });

  it("offers Sluice's filters, with descriptions, after a pipe", () => {
    const result = complete("AND name LIKE {{ q | l‸");
    expect(labels(result)).toEqual(expect.arrayContaining(["like", "like_start", "like_end", "ident", "default", "sort_direction"]));
    expect(labels(result)).not.toContain("category");
    const like = result?.options.find((o) => o.label === "like");
    expect(like?.info).toMatch(/escapes % and _/i);
  });

  it("offers tags right after {%", () => {
    const result = complete("{% wh‸");
    expect(labels(result)).toEqual(expect.arrayContaining(["where", "endwhere", "if", "for", "include"]));
  });

  it("offers nothing in plain SQL", () => {
    expect(complete("SELECT * FROM prod‸")).toBeNull();
    expect(complete("SELECT * FROM prod‸", true)).toBeNull();
  });

  it("stays quiet after a space while typing, but answers Ctrl+Space", () => {
    expect(complete("{% if a and ‸")).toBeNull();
    expect(labels(complete("{% if a and ‸", true))).toContain("category");
  });

  it("still offers today and now without parameters", () => {
    expect(labels(complete("{{ t‸", false, []))).toEqual(["today", "now"]);
  });
});
