import { describe, expect, it } from "vitest";
import { minimalChange } from "./docChange";

function apply(before: string, change: ReturnType<typeof minimalChange>): string {
  return change ? before.slice(0, change.from) + change.insert + before.slice(change.to) : before;
}

describe("minimalChange", () => {
  it("is null for equal texts", () => {
    expect(minimalChange("abc", "abc")).toBeNull();
  });

  it("replaces only the middle that differs", () => {
    expect(minimalChange("SELECT a FROM t", "SELECT b FROM t")).toEqual({ from: 7, to: 8, insert: "b" });
  });

  it("handles insertions, deletions and whole replacements", () => {
    for (const [before, after] of [["ab", "aXb"], ["aXb", "ab"], ["", "new"], ["old", ""], ["aaa", "aa"], ["abc", "xyz"]] as const) {
      expect(apply(before, minimalChange(before, after))).toBe(after);
    }
  });
});
