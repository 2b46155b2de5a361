import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/problem";
import { editorErrorsOf, flatRowsOf, logLinesOf, scriptErrorAt } from "./scriptRun";
import type { DebugRunState } from "./useDebugRun";

describe("flatRowsOf", () => {
  it("takes an array of flat objects as rows", () => {
    const data = [{ id: 1, name: "Lamp", price: null, active: true }, { id: 2, name: "Desk" }];
    expect(flatRowsOf(data)).toEqual(data);
  });

  it("leaves nested values, mixed arrays, empty arrays and single objects to the JSON view", () => {
    expect(flatRowsOf([{ id: 1, tags: ["a"] }])).toBeNull();
    expect(flatRowsOf([{ id: 1, owner: { id: 2 } }])).toBeNull();
    expect(flatRowsOf([{ id: 1 }, 2])).toBeNull();
    expect(flatRowsOf([])).toBeNull();
    expect(flatRowsOf({ id: 1 })).toBeNull();
    expect(flatRowsOf(null)).toBeNull();
  });
});

describe("logLinesOf", () => {
  it("keeps the level and message of each line, reading an unknown level as info", () => {
    expect(logLinesOf([{ level: "warn", message: "slow" }, { level: "debug" as "info", message: "x" }]))
      .toEqual([{ level: "warn", message: "slow" }, { level: "info", message: "x" }]);
    expect(logLinesOf(undefined)).toEqual([]);
  });
});

describe("scriptErrorAt", () => {
  it("reads the line and column the server puts first", () => {
    expect(scriptErrorAt("line 4, column 3: params.id is not defined"))
      .toEqual({ line: 4, column: 3, message: "params.id is not defined" });
    expect(scriptErrorAt("Line 12, column 1: Unexpected token")).toMatchObject({ line: 12, column: 1 });
  });

  it("gives no place for an error without one", () => {
    expect(scriptErrorAt("The script ran longer than 5 s.")).toBeNull();
    expect(scriptErrorAt(null)).toBeNull();
  });
});

describe("editorErrorsOf", () => {
  const scriptRun = (error: string | null, success = false): DebugRunState => ({
    status: "success",
    data: { success, error, statements: [] },
    error: null,
    input: { body: { execute_engine: "script", content: "" }, raw: {}, values: {}, signal: 1 },
  });
  const refusal = new ApiError(400, "bad", { content: ["x"] }, { template_errors: [{ line: 2, column: 5, message: "Unexpected token" }] });

  it("prefers the refused save's template errors", () => {
    expect(editorErrorsOf(refusal, scriptRun("line 9, column 1: boom"))).toEqual([{ line: 2, column: 5, message: "Unexpected token" }]);
  });

  it("marks a failed script run's error at its line", () => {
    expect(editorErrorsOf(null, scriptRun("line 9, column 1: boom"))).toEqual([{ line: 9, column: 1, message: "boom" }]);
  });

  it("marks a refused run's template errors", () => {
    const refused: DebugRunState = { status: "error", data: undefined, error: refusal, input: undefined };
    expect(editorErrorsOf(null, refused)).toHaveLength(1);
  });

  it("marks nothing for a successful run, a SQL run's failure or an error without a place", () => {
    expect(editorErrorsOf(null, scriptRun(null, true))).toEqual([]);
    expect(editorErrorsOf(null, scriptRun("The script ran longer than 5 s."))).toEqual([]);
    const sql = scriptRun("line 1, column 1: near SELECT");
    sql.input!.body.execute_engine = "sql";
    expect(editorErrorsOf(null, sql)).toEqual([]);
    expect(editorErrorsOf(null, undefined)).toEqual([]);
  });
});
