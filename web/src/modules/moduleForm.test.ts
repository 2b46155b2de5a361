import { describe, expect, it } from "vitest";
import { emptyModuleForm, moduleFormErrors, moduleFormOf, moduleRequest, type ModuleForm } from "./moduleForm";

function form(changes: Partial<ModuleForm>): ModuleForm {
  return { ...emptyModuleForm(), ...changes };
}

describe("moduleRequest", () => {
  it("trims the name and sends the sort order as a number", () => {
    expect(moduleRequest(form({ name: " sales ", description: "Orders", sort_order: " 5 ", is_active: false })))
      .toEqual({ name: "sales", description: "Orders", sort_order: 5, is_active: false });
  });

  it("sorts an empty sort order first", () => {
    expect(moduleRequest(form({ name: "a", sort_order: "" })).sort_order).toBe(0);
  });

  it("sends an empty description so an edit can clear it", () => {
    expect(moduleRequest(form({ name: "a", description: "" })).description).toBe("");
  });
});

describe("moduleFormErrors", () => {
  it("accepts whole numbers, negative ones and blank", () => {
    expect(moduleFormErrors(form({ sort_order: "12" }))).toEqual({});
    expect(moduleFormErrors(form({ sort_order: "-3" }))).toEqual({});
    expect(moduleFormErrors(form({ sort_order: " " }))).toEqual({});
  });

  it("names a sort order that is not a whole number", () => {
    expect(moduleFormErrors(form({ sort_order: "1.5" }))).toEqual({ sort_order: ["must be a whole number."] });
    expect(moduleFormErrors(form({ sort_order: "first" }))).toEqual({ sort_order: ["must be a whole number."] });
  });
});

describe("moduleFormOf", () => {
  it("fills the form from a saved module", () => {
    expect(moduleFormOf({ id: 3, name: "Demo", description: null, sort_order: 2, is_active: true }))
      .toEqual({ name: "Demo", description: "", sort_order: "2", is_active: true });
  });

  it("round-trips through the request", () => {
    const saved = { id: 1, name: "Billing", description: "Invoices", sort_order: 7, is_active: false };
    expect(moduleRequest(moduleFormOf(saved))).toEqual({ name: "Billing", description: "Invoices", sort_order: 7, is_active: false });
  });
});
