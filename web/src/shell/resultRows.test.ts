import { describe, expect, it } from "vitest";
import { cellKind, cellText, columnWidths, columnsOf, gridTemplate, rowCountText, rowsOf } from "./resultRows";

describe("rowsOf", () => {
  it("keeps only object rows", () => {
    expect(rowsOf([{ a: 1 }, 2, null, [1], { b: 2 }])).toEqual([{ a: 1 }, { b: 2 }]);
    expect(rowsOf(null)).toEqual([]);
  });
});

describe("columnsOf", () => {
  it("lists every column once, in first-seen order", () => {
    expect(columnsOf([{ id: 1, name: "a" }, { id: 2, extra: true, name: "b" }])).toEqual(["id", "name", "extra"]);
    expect(columnsOf([])).toEqual([]);
  });
});

describe("cellText and cellKind", () => {
  it("shows null distinctly and objects as JSON", () => {
    expect([cellText(null), cellKind(null)]).toEqual(["NULL", "null"]);
    expect([cellText("NULL"), cellKind("NULL")]).toEqual(["NULL", "text"]);
    expect([cellText({ a: [1, 2] }), cellKind({ a: [1, 2] })]).toEqual(['{"a":[1,2]}', "json"]);
    expect([cellText([1]), cellKind([1])]).toEqual(["[1]", "json"]);
    expect([cellText(3.5), cellKind(3.5)]).toEqual(["3.5", "number"]);
    expect([cellText(false), cellKind(false)]).toEqual(["false", "boolean"]);
  });
});

describe("columnWidths", () => {
  it("fits the header and values, within bounds", () => {
    const rows = [{ id: 1, name: "a".repeat(100), ok: true }];
    expect(columnWidths(["id", "name", "ok"], rows)).toEqual([6, 40, 8]);
    expect(columnWidths(["description"], [{ description: "short" }])).toEqual([15]);
  });

  it("reads the last rows too", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ label: `row ${i + 1}` }));
    expect(columnWidths(["label"], rows)).toEqual([12]);
  });
});

describe("gridTemplate", () => {
  it("lets the last column take the room left", () => {
    expect(gridTemplate([6, 10])).toBe("6ch minmax(10ch, 1fr)");
  });
});

describe("rowCountText", () => {
  it("counts without separators", () => {
    expect(rowCountText(1)).toBe("1 row");
    expect(rowCountText(0)).toBe("0 rows");
    expect(rowCountText(5000)).toBe("5000 rows");
  });
});
