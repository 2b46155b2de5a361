import { describe, expect, it } from "vitest";
import { Text } from "@codemirror/state";
import { templateDiagnostics, templateErrorText } from "./templateDiagnostics";

const doc = Text.of(["SELECT *", "FROM products", "WHERE status = {{ statuss }}"]);

describe("templateDiagnostics", () => {
  it("marks the word at the line and column the server gives", () => {
    const [mark] = templateDiagnostics(doc, [{ line: 3, column: 19, message: "'statuss' is not a declared parameter", name: "statuss" }]);
    expect(doc.sliceString(mark!.from, mark!.to)).toBe("statuss");
    expect(mark).toMatchObject({ severity: "error", message: "'statuss' is not a declared parameter" });
  });

  it("marks a script's identifier, $ included, under the source it is given", () => {
    const script = Text.of(["async function execute(params) {", "  return $row.id;", "}"]);
    const [mark] = templateDiagnostics(script, [{ line: 2, column: 10, message: "$row is not defined" }], "Script");
    expect(script.sliceString(mark!.from, mark!.to)).toBe("$row");
    expect(mark?.source).toBe("Script");
  });

  it("marks one character where no word starts", () => {
    const [mark] = templateDiagnostics(doc, [{ line: 3, column: 16, message: "x" }]);
    expect(doc.sliceString(mark!.from, mark!.to)).toBe("{");
  });

  it("clamps a column past the end of its line", () => {
    const [mark] = templateDiagnostics(doc, [{ line: 1, column: 99, message: "x" }]);
    expect(mark!.from).toBe(doc.line(1).to);
  });

  it("leaves out errors without a place in the text", () => {
    expect(templateDiagnostics(doc, [{ line: 0, column: 0, message: "identifiers[0] is bad" }, { line: 9, column: 1, message: "x" }])).toEqual([]);
  });
});

describe("templateErrorText", () => {
  it("reads with its place, or alone without one", () => {
    expect(templateErrorText({ line: 3, column: 12, message: "Unknown filter 'lik'." })).toBe("Line 3, column 12: Unknown filter 'lik'.");
    expect(templateErrorText({ line: 0, column: 0, message: "identifiers[0] is bad" })).toBe("identifiers[0] is bad");
  });
});
