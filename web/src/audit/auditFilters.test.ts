import { describe, expect, it } from "vitest";
import { listQuery, readFilters, viewSearch } from "../records/filters";
import { auditFilterKeys, resourceLabel, verificationMessage } from "./auditFilters";

describe("verificationMessage", () => {
  it("says a valid chain is valid and how many entries were checked", () => {
    expect(verificationMessage({ valid: true }, 1234)).toBe("The audit chain is valid (1,234 entries checked).");
    expect(verificationMessage({ valid: true }, 1)).toBe("The audit chain is valid (1 entry checked).");
  });

  it("says where and why a broken chain breaks", () => {
    expect(verificationMessage({ valid: false, first_broken_id: 42, reason: "hash_mismatch" }, 50))
      .toBe("The audit chain is broken at entry 42: its content was changed after it was written.");
    expect(verificationMessage({ valid: false, first_broken_id: "7", reason: "something_new" }, 50))
      .toBe("The audit chain is broken at entry 7: something new.");
  });
});

describe("audit filters in the address", () => {
  it("keeps the audit filters and the paging, and asks the server with the same names", () => {
    const params = new URLSearchParams("?action=login&resource_type=user&page=2&page_size=25&path=ignored");
    const filters = readFilters(params, auditFilterKeys);
    expect(filters).toEqual({ user_id: "", action: "login", resource_type: "user", resource_id: "", from: "", to: "" });
    expect(viewSearch(filters, { page: 2, pageSize: 25 })).toBe("?action=login&resource_type=user&page=2&page_size=25");
    expect(listQuery(filters, { page: 1, pageSize: 50 })).toBe("?action=login&resource_type=user&page=1&page_size=50");
  });
});

describe("resourceLabel", () => {
  it("joins the type and the id that are present", () => {
    expect(resourceLabel({ resource_type: "api", resource_id: "12" })).toBe("api 12");
    expect(resourceLabel({ resource_type: "user", resource_id: null })).toBe("user");
    expect(resourceLabel({})).toBe("");
  });
});
