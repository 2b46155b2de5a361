import { describe, expect, it } from "vitest";
import type { ParamDefinition, TestCase } from "../model";
import { checkTestCase, expectationText, formFromDebugRun, formOfTestCase, summaryText, uniqueName, valuesText, type TestCaseForm } from "./testCaseForm";

const params: ParamDefinition[] = [{ name: "id", data_type: "integer", is_required: true }, { name: "q", data_type: "string" }];

function form(changes: Partial<TestCaseForm>): TestCaseForm {
  return { ...formOfTestCase(null, params), ...changes };
}

describe("checkTestCase", () => {
  it("builds the case, leaving empty expectations out", () => {
    const result = checkTestCase(form({ name: " finds one ", raw: { id: "3", q: "" }, rowCount: "1" }), params, []);
    expect(result.errors).toEqual({});
    expect(result.testCase).toEqual({ name: "finds one", values: { id: 3 }, expect: { status: 200, row_count: 1 } });
  });

  it("reads rows and contains as arrays of row objects", () => {
    const result = checkTestCase(form({ name: "rows", status: "200", rows: '[{"id": 3}]', contains: '[{"name": "Lamp"}]' }), params, []);
    expect(result.testCase?.expect).toEqual({ status: 200, rows: [{ id: 3 }], contains: [{ name: "Lamp" }] });
  });

  it("reports every problem at once", () => {
    const result = checkTestCase(form({ name: "", status: "99", rowCount: "-1", rows: "[1]", contains: "{", raw: { id: "x" } }), params, []);
    expect(result.testCase).toBeNull();
    expect(result.errors).toEqual({
      name: "is required: a name for the test case.",
      status: "must be an HTTP status from 100 to 599.",
      row_count: "must be a whole number, 0 or more.",
      rows: 'must be a JSON array of row objects, e.g. [{"id": 1}].',
      contains: 'must be a JSON array of row objects, e.g. [{"id": 1}].',
    });
    expect(result.valueErrors).toEqual({ id: "must be a number." });
  });

  it("refuses a name another case has, whatever its case", () => {
    expect(checkTestCase(form({ name: "Finds One" }), params, ["finds one"]).errors["name"]).toBe(
      "'Finds One' is already the name of another test case; names must be unique.");
    expect(checkTestCase(form({ name: "x".repeat(201) }), params, []).errors["name"]).toBe("must be at most 200 characters.");
  });

  it("defaults an empty status to 200", () => {
    expect(checkTestCase(form({ name: "a", status: "" }), params, []).testCase?.expect).toEqual({ status: 200 });
  });
});

describe("formOfTestCase", () => {
  it("shows a stored case and checks back to the same case", () => {
    const stored: TestCase = { name: "bad id", values: { id: 0 }, expect: { status: 400, row_count: 0, contains: [{ a: 1 }] } };
    const edited = formOfTestCase(stored, params);
    expect(edited).toMatchObject({ name: "bad id", status: "400", rowCount: "0", rows: "" });
    expect(checkTestCase(edited, params, []).testCase).toEqual(stored);
  });
});

describe("formFromDebugRun", () => {
  it("takes the values and the row count of a complete successful run", () => {
    expect(formFromDebugRun({ id: "3" }, { success: true, rowCount: 1, truncated: false }, [])).toMatchObject({
      name: "From debug run", raw: { id: "3" }, status: "200", rowCount: "1",
    });
  });

  it("takes a script run's own status, and no row count it did not give", () => {
    expect(formFromDebugRun({}, { success: false, rowCount: null, truncated: false, status: 404 }, [])).toMatchObject({ status: "404", rowCount: "" });
  });

  it("leaves the row count out when rows were cut short or the run failed", () => {
    expect(formFromDebugRun({}, { success: true, rowCount: 100, truncated: true }, []).rowCount).toBe("");
    expect(formFromDebugRun({}, { success: false, rowCount: null, truncated: false }, ["From debug run"])).toMatchObject({ name: "From debug run 2", status: "", rowCount: "" });
  });
});

describe("texts", () => {
  it("names unused names", () => {
    expect(uniqueName("Case", [])).toBe("Case");
    expect(uniqueName("Case", ["case", "Case 2"])).toBe("Case 3");
  });

  it("describes expectations, values and the summary", () => {
    expect(expectationText({ status: 200, row_count: 3, contains: [{}] })).toBe("status 200, 3 rows, contains 1 row");
    expect(expectationText({})).toBe("status 200");
    expect(valuesText({ id: 3, q: "lamp" })).toBe('id = 3, q = "lamp"');
    expect(valuesText({})).toBe("no values");
    expect(summaryText(1, 1)).toBe("1 passed, 1 failed");
  });
});
