import { describe, expect, it } from "vitest";
import {
  emptyMacroDraft, includeTag, macroDraftOf, macroRequest, macroState, sameMacroDraft, scopeLabel,
} from "./macroDraft";

describe("macroDraftOf", () => {
  it("fills the draft from a saved macro, reading a module id sent as text", () => {
    expect(macroDraftOf({ id: 1, name: "active_only", description: null, module_id: "4", content: "AND active = 1" }))
      .toEqual({ name: "active_only", description: "", module_id: 4, content: "AND active = 1" });
  });

  it("keeps a global macro global", () => {
    expect(macroDraftOf({ id: 2, name: "g", module_id: null, content: "x" }).module_id).toBeNull();
  });
});

describe("macroRequest", () => {
  it("trims the name and sends everything else as edited", () => {
    expect(macroRequest({ name: " paging ", description: "Limit and offset", module_id: 3, content: "LIMIT {{ limit }}" }))
      .toEqual({ name: "paging", description: "Limit and offset", module_id: 3, content: "LIMIT {{ limit }}" });
  });

  it("sends no module for a global macro", () => {
    expect(macroRequest({ ...emptyMacroDraft, name: "g", content: "1" }).module_id).toBeNull();
  });
});

describe("sameMacroDraft", () => {
  it("compares every editable field", () => {
    const draft = { name: "a", description: "", module_id: null, content: "x" };
    expect(sameMacroDraft(draft, { ...draft })).toBe(true);
    expect(sameMacroDraft(draft, { ...draft, content: "y" })).toBe(false);
    expect(sameMacroDraft(draft, { ...draft, module_id: 1 })).toBe(false);
  });
});

describe("macroState", () => {
  it("names the published version, a draft, or a macro not saved yet", () => {
    expect(macroState({ is_published: true, published_version: 3 })).toBe("Published v3");
    expect(macroState({ is_published: false, published_version: null })).toBe("Draft");
    expect(macroState(null)).toBe("Not saved yet");
  });
});

describe("includeTag", () => {
  it("quotes the macro's name in an include tag", () => {
    expect(includeTag("active_only")).toBe("{% include 'active_only' %}");
    expect(includeTag("  ")).toBe("{% include 'name' %}");
  });
});

describe("scopeLabel", () => {
  const modules = [{ id: 1, name: "Demo" }, { id: "2", name: "Billing" }];

  it("names a global macro and a module's macro", () => {
    expect(scopeLabel(null, modules)).toBe("Global");
    expect(scopeLabel(1, modules)).toBe("Demo");
    expect(scopeLabel("2", modules)).toBe("Billing");
  });

  it("falls back to the id of a module the user cannot read", () => {
    expect(scopeLabel(9, modules)).toBe("Module 9");
  });
});
