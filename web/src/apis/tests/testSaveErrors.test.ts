import { describe, expect, it } from "vitest";
import { saveErrorsOfCase, saveErrorsOfTests } from "./testSaveErrors";

const fieldErrors = {
  "tests[0].name": ["is required: a name for the test case."],
  "tests[1].values.city": ["is not a parameter of this API; declared: id."],
  "tests[1].expect.row_count": ["must be a whole number, 0 or more."],
  "tests[10]": ["must be an object with name, values and expect."],
  tests: ["must be an array of test cases."],
  name: ["is required."],
};

describe("saveErrorsOfCase", () => {
  it("gives each case its own reasons, labelled as the editor labels them", () => {
    expect(saveErrorsOfCase(fieldErrors, 0)).toEqual(["Name is required: a name for the test case."]);
    expect(saveErrorsOfCase(fieldErrors, 1)).toEqual([
      "Value city is not a parameter of this API; declared: id.",
      "Expected row count must be a whole number, 0 or more.",
    ]);
    expect(saveErrorsOfCase(fieldErrors, 10)).toEqual(["must be an object with name, values and expect."]);
    expect(saveErrorsOfCase(fieldErrors, 2)).toEqual([]);
  });

  it("keeps reasons about all the cases apart", () => {
    expect(saveErrorsOfTests(fieldErrors)).toEqual(["must be an array of test cases."]);
    expect(saveErrorsOfTests({})).toEqual([]);
  });
});
