import type { components } from "../../api/schema";
import { ApiError, errorMessage } from "../../api/problem";
import { templateErrorsOf, type ApiDraft } from "../model";

type Schemas = components["schemas"];

/** What `POST /api/v1/apis/debug` takes. */
export type DebugRequest = Schemas["DebugRequest"];

/** What a debug run answers: success, the error, the statements as sent, rows or rows affected, timings. */
export type DebugResponse = Schemas["DebugResponse"];

/** One statement as sent to the database, with its bound values in order. */
export type DebugStatement = Schemas["DebugStatement"];

/** The most rows a run shows unless the user asks for more (the server caps it at its own maximum). */
export const defaultMaxRows = 1000;

/** One line a script logged during a debug run. */
export type DebugLogLine = Schemas["DebugLogLine"];

/** The body that runs the draft as edited, unsaved changes included. A saved API's id goes along
 * so its module's macros are in scope; the draft's own fields take precedence on the server. A
 * script goes without identifiers and a row cap (neither applies to it) and with its datasource
 * only when it has one. */
export function debugRequestOf(draft: ApiDraft, apiId: number | null, values: Record<string, unknown>, maxRows: number): DebugRequest {
  const common = {
    ...(apiId === null ? {} : { api_id: apiId }),
    content: draft.content,
    params: draft.params,
    values: values as DebugRequest["values"],
  };
  if (draft.execute_engine === "script") {
    return { ...common, execute_engine: "script", ...(draft.datasource_id === null ? {} : { datasource_id: draft.datasource_id }) };
  }
  return { ...common, datasource_id: draft.datasource_id, execute_engine: "sql", identifiers: draft.identifiers, max_rows: maxRows };
}

/** The Max rows input as a number the server accepts: a whole number of at least 1. */
export function maxRowsOf(text: string): number {
  const number = Math.floor(Number(text));
  return Number.isFinite(number) && number >= 1 ? number : defaultMaxRows;
}

const fieldLabels: Record<string, string> = {
  content: "SQL template",
  datasource_id: "Datasource",
  params: "Parameters",
  identifiers: "Identifiers",
  execute_engine: "Engine",
};

/** Why a debug run was refused, one readable sentence per problem: template errors with their
 * line and column, other fields by their label, or the general message. */
export function refusalLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [errorMessage(error)];
  const templateErrors = templateErrorsOf(error.details);
  const lines = templateErrors.map((e) => (e.line > 0 ? `Line ${e.line}, column ${e.column}: ${e.message}` : e.message));
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    if (field === "content" && templateErrors.length > 0) continue;
    lines.push(`${fieldLabels[field] ?? field} ${messages.join(" ")}`);
  }
  return lines.length > 0 ? lines : [error.message];
}
