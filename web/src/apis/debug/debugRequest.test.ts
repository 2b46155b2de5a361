import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/problem";
import { emptyDraft } from "../model";
import { debugRequestOf, defaultMaxRows, maxRowsOf, refusalLines } from "./debugRequest";

describe("debugRequestOf", () => {
  const draft = { ...emptyDraft, content: "SELECT {{ id }}", datasource_id: 3, params: [{ name: "id", data_type: "integer" as const }], identifiers: ["name"] };

  it("sends the unsaved draft with the values", () => {
    expect(debugRequestOf(draft, null, { id: 1 }, 50)).toEqual({
      content: "SELECT {{ id }}", datasource_id: 3, execute_engine: "sql", params: draft.params, identifiers: ["name"], values: { id: 1 }, max_rows: 50,
    });
  });

  it("sends a script with its engine, without identifiers, a row cap or a missing datasource", () => {
    const script = { ...draft, execute_engine: "script" as const, content: "async function execute(params) {}", datasource_id: null };
    expect(debugRequestOf(script, 4, { id: 1 }, 50)).toEqual({
      api_id: 4, content: script.content, execute_engine: "script", params: draft.params, values: { id: 1 },
    });
    expect(debugRequestOf({ ...script, datasource_id: 3 }, null, {}, 50)).toMatchObject({ execute_engine: "script", datasource_id: 3 });
  });

  it("names a saved API so its module's macros apply", () => {
    expect(debugRequestOf(draft, 7, {}, 10)).toMatchObject({ api_id: 7, content: "SELECT {{ id }}" });
  });
});

describe("maxRowsOf", () => {
  it("reads a whole number of at least 1", () => {
    expect(maxRowsOf("5000")).toBe(5000);
    expect(maxRowsOf("2.7")).toBe(2);
    expect(maxRowsOf("0")).toBe(defaultMaxRows);
    expect(maxRowsOf("")).toBe(defaultMaxRows);
  });
});

describe("refusalLines", () => {
  it("lists template errors with line and column instead of the content field", () => {
    const error = new ApiError(400, "content line 2, column 5: Unknown variable", { content: ["line 2, column 5: Unknown variable"] }, {
      template_errors: [{ line: 2, column: 5, message: "Unknown variable 'x'.", name: "x" }, { line: 0, column: 0, message: "Bad identifier." }],
    });
    expect(refusalLines(error)).toEqual(["Line 2, column 5: Unknown variable 'x'.", "Bad identifier."]);
  });

  it("names other fields by label", () => {
    const error = new ApiError(400, "datasource_id is required.", { datasource_id: ["is required."] });
    expect(refusalLines(error)).toEqual(["Datasource is required."]);
  });

  it("falls back to the message", () => {
    expect(refusalLines(new ApiError(403, "You may not read datasource 2."))).toEqual(["You may not read datasource 2."]);
    expect(refusalLines(new TypeError("fetch failed"))).toEqual(["The server could not be reached; check your connection."]);
  });
});
