import type { components } from "../api/schema";

type Schemas = components["schemas"];

/** An API as the management API answers it. */
export type ApiRecord = Schemas["ApiResponse"];

/** One committed version of an API. */
export type ApiVersion = Schemas["ApiVersionResponse"];

export type ParamLocation = Schemas["ParamLocation"];
export type ParamType = Schemas["ParamType"];

/** One declared parameter as the editor holds it. */
export type ParamDefinition = Schemas["ParamDefinition"];

/** One test case of an API: input values and what the gateway must answer. */
export interface TestCase {
  name: string;
  values: Record<string, unknown>;
  expect: { status?: number; row_count?: number | null; rows?: unknown[] | null; contains?: unknown[] | null };
}

/** A problem the server reports at a place in the template (`template_errors` of a 400). */
export interface TemplateError {
  line: number;
  column: number;
  message: string;
  name?: string | null;
}

/** The editable part of an API: what the editor changes and saves with one PATCH (or POST). */
export interface ApiDraft {
  name: string;
  path: string;
  http_method: NonNullable<Schemas["ApiRequest"]["http_method"]>;
  execute_engine: NonNullable<Schemas["ApiRequest"]["execute_engine"]>;
  datasource_id: number | null;
  module_id: number | null;
  access_type: NonNullable<Schemas["ApiRequest"]["access_type"]>;
  rate_limit_per_minute: number;
  statement_timeout_seconds: number | null;
  pagination: boolean;
  identifiers: string[];
  content: string;
  params: ParamDefinition[];
  tests: TestCase[];
  result_transform: string | null;
  description: string | null;
}

/** What a new API starts with. */
export const emptyDraft: ApiDraft = {
  name: "",
  path: "",
  http_method: "GET",
  execute_engine: "sql",
  datasource_id: null,
  module_id: null,
  access_type: "private",
  rate_limit_per_minute: 0,
  statement_timeout_seconds: null,
  pagination: false,
  identifiers: [],
  content: "",
  params: [],
  tests: [],
  result_transform: null,
  description: null,
};

function idOrNull(value: number | string | null | undefined): number | null {
  return value === null || value === undefined || value === "" ? null : Number(value);
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** The draft an API's answer holds. */
export function toDraft(api: ApiRecord): ApiDraft {
  return {
    name: api.name ?? "",
    path: api.path ?? "",
    http_method: (api.http_method ?? "GET") as ApiDraft["http_method"],
    execute_engine: (api.execute_engine ?? "sql") as ApiDraft["execute_engine"],
    datasource_id: idOrNull(api.datasource_id),
    module_id: idOrNull(api.module_id),
    access_type: (api.access_type ?? "private") as ApiDraft["access_type"],
    rate_limit_per_minute: Number(api.rate_limit_per_minute ?? 0),
    statement_timeout_seconds: idOrNull(api.statement_timeout_seconds),
    pagination: api.pagination ?? false,
    identifiers: listOf<string>(api.identifiers),
    content: api.content ?? "",
    params: listOf<ParamDefinition>(api.params),
    tests: listOf<TestCase>(api.tests),
    result_transform: api.result_transform ?? null,
    description: api.description ?? null,
  };
}

/** The body that saves a draft (create or update take the same fields). */
export function toRequest(draft: ApiDraft): Schemas["ApiRequest"] {
  // The server keeps a field sent as null; an empty transform is what removes one.
  return { ...draft, result_transform: draft.result_transform ?? "", tests: draft.tests as unknown as Schemas["ApiRequest"]["tests"] };
}

/** Whether two drafts would save the same API. */
export function sameDraft(a: ApiDraft, b: ApiDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The `template_errors` of a refused save or debug run, if the server sent any. */
export function templateErrorsOf(details: Record<string, unknown> | undefined): TemplateError[] {
  const list = details?.["template_errors"];
  return Array.isArray(list) ? (list as TemplateError[]) : [];
}
