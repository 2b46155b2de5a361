import { describe, expect, it } from "vitest";
import {
  emptyMacroDraft, exportedNames, importLine, includeTag, javascriptMacroStarter, macroDraftOf, macroRequest, macroState,
  sameMacroDraft, scopeLabel, withLanguage,
} from "./macroDraft";

describe("macroDraftOf", () => {
  it("fills the draft from a saved macro, reading a module id sent as text", () => {
    expect(macroDraftOf({ id: 1, name: "active_only", description: null, module_id: "4", content: "AND active = 1" }))
      .toEqual({ name: "active_only", description: "", module_id: 4, language: "sql", content: "AND active = 1" });
  });

  it("reads a JavaScript macro's language", () => {
    expect(macroDraftOf({ id: 3, name: "text_utils", language: "javascript", content: "export function f() {}" }).language).toBe("javascript");
  });

  it("keeps a global macro global", () => {
    expect(macroDraftOf({ id: 2, name: "g", module_id: null, content: "x" }).module_id).toBeNull();
  });
});

describe("macroRequest", () => {
  it("trims the name and sends everything else as edited", () => {
    expect(macroRequest({ name: " paging ", description: "Limit and offset", module_id: 3, language: "sql", content: "LIMIT {{ limit }}" }))
      .toEqual({ name: "paging", description: "Limit and offset", module_id: 3, content: "LIMIT {{ limit }}" });
  });

  it("sends JavaScript as the language of a new macro only", () => {
    const draft = { ...emptyMacroDraft, name: "text_utils", language: "javascript" as const, content: "export const a = 1;" };
    expect(macroRequest(draft, true).language).toBe("javascript");
    expect(macroRequest(draft, false)).not.toHaveProperty("language");
    expect(macroRequest({ ...draft, language: "sql" }, true)).not.toHaveProperty("language");
  });

  it("sends no module for a global macro", () => {
    expect(macroRequest({ ...emptyMacroDraft, name: "g", content: "1" }).module_id).toBeNull();
  });
});

describe("sameMacroDraft", () => {
  it("compares every editable field", () => {
    const draft = { name: "a", description: "", module_id: null, language: "sql" as const, content: "x" };
    expect(sameMacroDraft(draft, { ...draft })).toBe(true);
    expect(sameMacroDraft(draft, { ...draft, language: "javascript" })).toBe(false);
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

describe("withLanguage", () => {
  it("gives an empty macro switched to JavaScript the starter, and takes it back untouched", () => {
    const javascript = withLanguage(emptyMacroDraft, "javascript");
    expect(javascript).toMatchObject({ language: "javascript", content: javascriptMacroStarter });
    expect(withLanguage(javascript, "sql")).toMatchObject({ language: "sql", content: "" });
  });

  it("keeps text already written", () => {
    expect(withLanguage({ ...emptyMacroDraft, content: "AND 1 = 1" }, "javascript")).toMatchObject({ language: "javascript", content: "AND 1 = 1" });
  });
});

describe("importLine", () => {
  it("names what the macro exports", () => {
    const content = "export function slugify(t) {}\nexport async function fetchRate() {}\nexport const PI = 3;\nfunction hidden() {}";
    expect(exportedNames(content)).toEqual(["slugify", "fetchRate", "PI"]);
    expect(importLine(" text_utils ", content)).toBe('import { slugify, fetchRate, PI } from "text_utils";');
  });

  it("shows a placeholder while nothing is exported or named", () => {
    expect(importLine("", "function f() {}")).toBe('import { … } from "name";');
  });

  it("reads the starter's export", () => {
    expect(exportedNames(javascriptMacroStarter)).toEqual(["slugify"]);
  });
});
