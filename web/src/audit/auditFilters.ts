import type { components } from "../api/schema";

/** An entry of the audit trail. */
export type AuditEntry = components["schemas"]["AuditEntryResponse"];

/** What `GET /api/v1/audit/verify` answers. */
export type AuditVerification = components["schemas"]["AuditVerifyResponse"];

/** Every filter `GET /api/v1/audit` takes, named as it takes them (the page's address uses the
 * same names); `from`/`to` are ISO 8601 times, both inclusive. */
export const auditFilterKeys = ["user_id", "action", "resource_type", "resource_id", "from", "to"] as const;

export type AuditFilterKey = (typeof auditFilterKeys)[number];

/** Actions the trail records, offered as suggestions (the filter takes any text). */
export const commonActions = [
  "login", "login_failed", "create", "update", "delete", "commit", "publish", "unpublish", "restore", "rotate_secret", "change_password",
] as const;

const breaks: Record<string, string> = {
  hash_mismatch: "its content was changed after it was written",
  prev_hash_mismatch: "entries before it were removed, inserted or reordered",
  missing_entries: "the newest entries the chain recorded are gone",
  unrecorded_entry: "it was written by hand, not appended",
};

/**
 * The sentence for a chain check. `checked` is how many entries the trail held just before the
 * check: a valid chain covers at least those (entries appended meanwhile are checked too).
 */
export function verificationMessage(result: AuditVerification, checked: number): string {
  if (result.valid) return `The audit chain is valid (${checked.toLocaleString("en-US")} ${checked === 1 ? "entry" : "entries"} checked).`;
  const where = result.first_broken_id == null ? "" : ` at entry ${result.first_broken_id}`;
  const why = result.reason ? `: ${breaks[result.reason] ?? result.reason.replaceAll("_", " ")}` : "";
  return `The audit chain is broken${where}${why}.`;
}

/** "api 12", "user", or "" for an entry about no resource. */
export function resourceLabel(entry: AuditEntry): string {
  return [entry.resource_type, entry.resource_id].filter((part) => part != null && part !== "").join(" ");
}
