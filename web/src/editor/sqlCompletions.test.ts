import { describe, expect, it } from "vitest";
import { CompletionContext, type CompletionResult, type CompletionSource } from "@codemirror/autocomplete";
import { EditorState } from "@codemirror/state";
import { ensureSyntaxTree } from "@codemirror/language";
import { templateLanguage } from "./editorExtensions";
import { codeMirrorDialect } from "./sqlDialect";
import { schemaNamespace, sqlCompletionSources, type DatabaseSchema } from "./sqlCompletions";

const shop: DatabaseSchema = {
  schemas: [{
    name: "main",
    tables: [
      {
        name: "products", kind: "table", primary_key: ["id"],
        columns: [
          { name: "id", type: "INTEGER", nullable: false, primary_key: true, ordinal: 1 },
          { name: "price", type: "DECIMAL(10,2)", nullable: true, primary_key: false, ordinal: 2 },
        ],
      },
      { name: "orders", kind: "table", primary_key: [], columns: [{ name: "total", type: "REAL", nullable: true, primary_key: false, ordinal: 1 }] },
    ],
  }],
};

async function complete(marked: string, explicit = false): Promise<string[]> {
  const pos = marked.indexOf("‸");
  const doc = marked.slice(0, pos) + marked.slice(pos + 1);
  const state = EditorState.create({ doc, extensions: templateLanguage("sqlite") });
  ensureSyntaxTree(state, doc.length, 5000);
  const labels: string[] = [];
  const sources: CompletionSource[] = sqlCompletionSources(codeMirrorDialect("sqlite"), shop);
  for (const source of sources) {
    const result = (await source(new CompletionContext(state, pos, explicit))) as CompletionResult | null;
    labels.push(...(result?.options.map((o) => o.label) ?? []));
  }
  return labels;
}

describe("schemaNamespace", () => {
  it("lists every table with its columns and their types", () => {
    const namespace = schemaNamespace(shop) as Record<string, { self: { label: string }; children: { label: string; detail?: string }[] }>;
    expect(Object.keys(namespace)).toEqual(["products", "orders"]);
    expect(namespace["products"]!.children.map((c) => `${c.label} ${c.detail}`)).toEqual(["id INTEGER", "price DECIMAL(10,2)"]);
  });

  it("names schemas too when there are several", () => {
    const two: DatabaseSchema = { schemas: [{ name: "public", tables: [] }, { name: "sales", tables: [{ name: "deals", kind: "view", primary_key: [], columns: [] }] }] };
    expect(Object.keys(schemaNamespace(two)).sort()).toEqual(["deals", "public", "sales"]);
  });

  it("is empty without a schema", () => {
    expect(schemaNamespace(null)).toEqual({});
  });
});

describe("sqlCompletionSources", () => {
  it("offers the schema's tables in SQL", async () => {
    expect(await complete("SELECT * FROM prod‸")).toEqual(expect.arrayContaining(["products", "orders"]));
  });

  it("offers a table's columns after its name and a dot", async () => {
    expect(await complete("SELECT products.‸")).toEqual(expect.arrayContaining(["id", "price"]));
  });

  it("offers keywords in upper case", async () => {
    expect(await complete("SEL‸", true)).toContain("SELECT");
  });

  it("leaves template tags alone", async () => {
    expect(await complete("SELECT * FROM products WHERE id = {{ pro‸")).toEqual([]);
  });
});
