import { describe, expect, it } from "vitest";
import { MySQL, PostgreSQL, SQLite, StandardSQL } from "@codemirror/lang-sql";
import { dialectOfProduct } from "./dialects";
import { codeMirrorDialect } from "./sqlDialect";

describe("dialects", () => {
  it("maps each product type to its editor dialect", () => {
    expect(["postgres", "mysql", "sqlite", "duckdb", "oracle", null].map(dialectOfProduct)).toEqual(["postgresql", "mysql", "sqlite", "duckdb", null, null]);
  });

  it("uses the closest CodeMirror dialect", () => {
    expect(codeMirrorDialect("postgresql")).toBe(PostgreSQL);
    expect(codeMirrorDialect("duckdb")).toBe(PostgreSQL);
    expect(codeMirrorDialect("mysql")).toBe(MySQL);
    expect(codeMirrorDialect("sqlite")).toBe(SQLite);
    expect(codeMirrorDialect(null)).toBe(StandardSQL);
  });
});
