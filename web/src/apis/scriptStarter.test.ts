import { describe, expect, it } from "vitest";
import { emptyDraft } from "./model";
import { scriptStarter, withEngine } from "./scriptStarter";

describe("withEngine", () => {
  it("fills an empty draft switched to script with the starter", () => {
    const draft = withEngine({ ...emptyDraft, content: "  \n" }, "script");
    expect(draft.execute_engine).toBe("script");
    expect(draft.content).toBe(scriptStarter);
    expect(draft.content).toMatch(/function execute\(params\)/);
    expect(draft.content).toMatch(/db\.queryOne\(.*params\.id/);
  });

  it("keeps text already written", () => {
    const draft = withEngine({ ...emptyDraft, content: "SELECT 1" }, "script");
    expect(draft).toMatchObject({ execute_engine: "script", content: "SELECT 1" });
  });

  it("takes the untouched starter away when switched back to SQL, but not an edited one", () => {
    const script = withEngine(emptyDraft, "script");
    expect(withEngine(script, "sql")).toMatchObject({ execute_engine: "sql", content: "" });
    const edited = { ...script, content: `${scriptStarter}// mine\n` };
    expect(withEngine(edited, "sql").content).toBe(edited.content);
  });

  it("changes nothing when the engine stays", () => {
    const draft = { ...emptyDraft, execute_engine: "script" as const, content: "" };
    expect(withEngine(draft, "script")).toBe(draft);
  });
});
