import { ApiError } from "../../api/problem";
import type { ResultRow } from "../../shell/resultRows";
import { templateErrorsOf, type TemplateError } from "../model";
import type { DebugLogLine } from "./debugRequest";
import type { DebugRunState } from "./useDebugRun";

/** The data a script returned as table rows, when it is a non-empty array of flat objects (every
 * value a string, number, boolean or null); anything else is shown as JSON only. */
export function flatRowsOf(data: unknown): ResultRow[] | null {
  if (!Array.isArray(data) || data.length === 0) return null;
  const flat = data.every((row) => typeof row === "object" && row !== null && !Array.isArray(row)
    && Object.values(row as ResultRow).every((value) => value === null || typeof value !== "object"));
  return flat ? (data as ResultRow[]) : null;
}

/** The log lines of a run, any level the server may add later shown as info. */
export function logLinesOf(logs: readonly DebugLogLine[] | null | undefined): { level: "info" | "warn" | "error"; message: string }[] {
  return (logs ?? []).map((line) => ({
    level: line.level === "warn" || line.level === "error" ? line.level : "info",
    message: line.message ?? "",
  }));
}

const placed = /^line (\d+), column (\d+): ([\s\S]*)$/i;

/** A script error's place, when the server's message starts with "line 4, column 3: …". */
export function scriptErrorAt(error: string | null | undefined): TemplateError | null {
  const match = placed.exec(error?.trim() ?? "");
  if (!match) return null;
  return { line: Number(match[1]), column: Number(match[2]), message: match[3] ?? "" };
}

/**
 * The problems the editor marks at their place: a refused save's template errors, else the latest
 * debug run's — the template errors of a refused run, or a failed script run's error at its line.
 */
export function editorErrorsOf(saveError: ApiError | null, lastRun: DebugRunState | undefined): TemplateError[] {
  const saveErrors = templateErrorsOf(saveError?.details);
  if (saveErrors.length > 0 || !lastRun) return saveErrors;
  if (lastRun.status === "error") return lastRun.error instanceof ApiError ? templateErrorsOf(lastRun.error.details) : [];
  const result = lastRun.data;
  if (lastRun.status !== "success" || !result || result.success || lastRun.input?.body.execute_engine !== "script") return [];
  const place = scriptErrorAt(result.error);
  return place ? [place] : [];
}
