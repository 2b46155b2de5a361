import { describe, expect, it } from "vitest";
import { CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { javascript } from "@codemirror/lang-javascript";
import { ensureSyntaxTree } from "@codemirror/language";
import { EditorState } from "@codemirror/state";
import { scriptCompletionSource } from "./scriptCompletions";

/** What the source offers at the `‸` marker of `marked`, a JavaScript document. */
function complete(marked: string, explicit = false, params = ["category", "limit"]) {
  const pos = marked.indexOf("‸");
  const doc = marked.slice(0, pos) + marked.slice(pos + 1);
  const state = EditorState.create({ doc, extensions: [javascript()] });
  ensureSyntaxTree(state, state.doc.length, 5000);
  const source = scriptCompletionSource(() => params.map((name) => ({ name, info: "string (query)" })));
  return source(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
}

function labels(result: CompletionResult | null): string[] {
  return result?.options.map((o) => o.label) ?? [];
}

describe("scriptCompletionSource", () => {
  it("offers the host globals and the parameters as params.x where a name starts", () => {
    const result = complete("function execute(params) {\n  const row = d‸\n}");
    expect(labels(result)).toEqual(expect.arrayContaining([
      "db", "tx", "http", "cache", "env", "log", "response", "HttpError", "params", "params.category", "params.limit",
    ]));
    expect(result?.from).toBe(41);
  });

  it("offers db's methods with how they are called and what they do", () => {
    const result = complete("const row = await db.qu‸");
    expect(labels(result)).toEqual(["query", "queryOne", "execute"]);
    expect(result?.from).toBe(21);
    const queryOne = result?.options.find((o) => o.label === "queryOne");
    expect(queryOne?.detail).toBe("(sql, values?)");
    expect(queryOne?.info).toMatch(/first row/i);
  });

  it("offers each host object's methods right after the dot", () => {
    expect(labels(complete("tx.‸"))).toEqual(["begin", "commit", "rollback"]);
    expect(labels(complete("http.‸"))).toEqual(["get", "post", "put", "delete"]);
    expect(labels(complete("cache.‸"))).toEqual(["get", "set", "del", "incr"]);
    expect(labels(complete("env.‸"))).toEqual(["get"]);
    expect(labels(complete("log.‸"))).toEqual(["info", "warn", "error"]);
    expect(labels(complete("response.‸"))).toEqual(["status", "headers", "header"]);
  });

  it("offers the declared parameters after params.", () => {
    const result = complete("return params.c‸");
    expect(labels(result)).toEqual(["category", "limit"]);
    expect(result?.options[0]?.info).toBe("string (query)");
  });

  it("offers nothing after params. when no parameter is declared", () => {
    expect(complete("params.‸", false, [])).toBeNull();
  });

  it("offers nothing inside a string or a comment, nor after an unknown object", () => {
    expect(complete("db.query(\"SELECT d‸")).toBeNull();
    expect(complete("// d‸")).toBeNull();
    expect(complete("row.‸")).toBeNull();
    expect(complete("db.query.‸")).toBeNull();
  });

  it("stays quiet on an empty spot while typing, but answers Ctrl+Space", () => {
    expect(complete("return ‸")).toBeNull();
    expect(labels(complete("return ‸", true))).toContain("db");
  });
});
