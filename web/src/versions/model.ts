import { ApiError } from "../api/problem";
import type { components } from "../api/schema";
import type { EditorLanguage } from "../editor/CodeEditor";

type Schemas = components["schemas"];

/** What has versions: an API or a macro, under `/api/v1/{kind}/{id}`. */
export type VersionedKind = "apis" | "macros";

/** A committed version as either kind lists it (a macro's has no params). */
export type Version = Schemas["ApiVersionResponse"] | Schemas["MacroVersionResponse"];

/** The saved record (an API or a macro) as far as versions care: its draft and what is published. */
export interface VersionedRecord {
  id?: number | string;
  content?: string;
  params?: unknown;
  is_published?: boolean;
  published_version?: null | number | string;
  /** An API's engine: `sql` or `script`. */
  execute_engine?: string;
  /** A macro's language: `sql` or `javascript`. */
  language?: string;
}

/** The language of a record's content: JavaScript for a script API or a script macro, else SQL. */
export function contentLanguage(record: VersionedRecord | undefined): EditorLanguage {
  return record?.execute_engine === "script" || record?.language === "javascript" ? "javascript" : "sql";
}

/** One side of a comparison: a version by id, or the saved draft. */
export type Side = { kind: "version"; id: string; number: number } | { kind: "draft" };

/** The permission resource of a kind (`api`, `macro`). */
export function resourceOf(kind: VersionedKind): "api" | "macro" {
  return kind === "apis" ? "api" : "macro";
}

/** How a side is named on screen: "version 3" or "the draft". */
export function sideLabel(side: Side): string {
  return side.kind === "draft" ? "the draft" : `version ${side.number}`;
}

/** A side as the diff route names it (`draft` or a version id). */
export function sideRef(side: Side): string {
  return side.kind === "draft" ? "draft" : side.id;
}

/** The text of a version's (or the draft's) parameters for comparing: pretty JSON, `[]` when none. */
export function paramsText(params: unknown): string {
  return JSON.stringify(params ?? [], null, 2);
}

/** The sides a comparison starts with: the version before the newest against the newest, or the
 * newest against the draft when there is only one. */
export function defaultSides(versions: readonly Version[]): { from: Side; to: Side } | null {
  const [newest, previous] = versions;
  if (!newest) return null;
  const newestSide = versionSide(newest);
  return previous ? { from: versionSide(previous), to: newestSide } : { from: newestSide, to: { kind: "draft" } };
}

export function versionSide(version: Version): Side {
  return { kind: "version", id: String(version.id), number: Number(version.version) };
}

/** The version the record publishes, if any. */
export function publishedNumber(record: VersionedRecord | undefined): number | null {
  return record?.is_published && record.published_version != null ? Number(record.published_version) : null;
}

/** A refused publish or commit the user may override with `force`, with its reasons as sentences. */
export interface Refusal {
  title: string;
  reasons: string[];
  /** The server says `"force": true` would go ahead (the SQL check or the test cases refused it). */
  forceable: boolean;
}

interface CheckProblem {
  message?: string;
  code?: string | null;
  sql?: string | null;
  case?: string | null;
}

interface TestResult {
  name?: string;
  passed?: boolean;
  failures?: string[];
}

function problemSentence(problem: CheckProblem): string {
  const code = problem.code ? ` (${problem.code})` : "";
  const where = problem.sql ? ` in: ${problem.sql}` : "";
  const caseName = problem.case ? ` [${problem.case}]` : "";
  return `${(problem.message ?? "Problem").replace(/\.$/, "")}${code}${where}${caseName}.`;
}

/** Reads the reasons of a refusal out of the problem document: the SQL check's `problems`, the
 * failing `test_results`, or else the detail itself. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof ApiError)) return null;
  const details = error.details;
  const title = typeof details["title"] === "string" ? details["title"] : "Refused";
  const problems = Array.isArray(details["problems"]) ? (details["problems"] as CheckProblem[]) : null;
  const tests = details["test_results"] as { results?: TestResult[] } | undefined;
  const failing = Array.isArray(tests?.results) ? tests.results.filter((result) => !result.passed) : null;
  const forceable = error.status === 409 && (problems !== null || failing !== null || title === "Tests cannot run");
  let reasons: string[] = [];
  if (problems && problems.length > 0) reasons = problems.map(problemSentence);
  else if (failing && failing.length > 0) {
    reasons = failing.map((result) => `Test case '${result.name ?? "?"}' fails: ${(result.failures ?? []).join(" ")}`.trim());
  } else reasons = [withoutForceHint(error.message)];
  return { title, reasons, forceable };
}

/** The server's detail tells API callers to send `"force": true`; the dashboard offers a button
 * instead, so the sentences saying so are left out. */
export function withoutForceHint(message: string): string {
  const kept = message.split(/(?<=\.)\s+/).filter((sentence) => !sentence.includes('"force"'));
  return kept.length > 0 ? kept.join(" ") : message;
}
