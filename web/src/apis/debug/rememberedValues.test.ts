import { describe, expect, it } from "vitest";
import { recallDebugInput, rememberDebugInput } from "./rememberedValues";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe("remembered debug values", () => {
  it("recalls what was remembered for the same API only", () => {
    const storage = memoryStorage();
    rememberDebugInput("7", { raw: { id: "3", active: true }, maxRows: "500" }, storage);
    expect(recallDebugInput("7", storage)).toEqual({ raw: { id: "3", active: true }, maxRows: "500" });
    expect(recallDebugInput("8", storage)).toBeNull();
  });

  it("ignores what it cannot read", () => {
    const storage = memoryStorage();
    storage.setItem("sluice.debug.7", "{not json");
    expect(recallDebugInput("7", storage)).toBeNull();
    storage.setItem("sluice.debug.7", JSON.stringify({ raw: { id: 3 }, maxRows: "5" }));
    expect(recallDebugInput("7", storage)).toBeNull();
    expect(recallDebugInput("7", undefined)).toBeNull();
  });

  it("survives storage that refuses to write", () => {
    expect(() => rememberDebugInput("7", { raw: {}, maxRows: "1" }, { setItem: () => { throw new Error("full"); } })).not.toThrow();
  });
});
