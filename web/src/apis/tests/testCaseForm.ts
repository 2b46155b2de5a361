import type { ParamDefinition, TestCase } from "../model";
import { coerceValues, rawFromValues, type RawValues } from "../debug/valuesForm";

/** The test case editor's fields, as typed. */
export interface TestCaseForm {
  name: string;
  raw: RawValues;
  status: string;
  rowCount: string;
  rows: string;
  contains: string;
}

/** A checked test case, or every problem with the form: by field (`name`, `status`, `row_count`,
 * `rows`, `contains`) and by parameter for the values. */
export interface TestCaseCheck {
  testCase: TestCase | null;
  errors: Record<string, string>;
  valueErrors: Record<string, string>;
}

const maxNameLength = 200;
const rowsExample = 'must be a JSON array of row objects, e.g. [{"id": 1}].';

/** The form that edits `testCase`, or a blank one. */
export function formOfTestCase(testCase: TestCase | null, params: readonly ParamDefinition[]): TestCaseForm {
  const expect = testCase?.expect ?? {};
  return {
    name: testCase?.name ?? "",
    raw: rawFromValues(params, testCase?.values ?? {}),
    status: String(expect.status ?? 200),
    rowCount: expect.row_count === null || expect.row_count === undefined ? "" : String(expect.row_count),
    rows: expect.rows ? JSON.stringify(expect.rows, null, 2) : "",
    contains: expect.contains ? JSON.stringify(expect.contains, null, 2) : "",
  };
}

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

function rowObjects(text: string): { rows?: unknown[]; error?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: rowsExample };
  }
  const rows = Array.isArray(parsed) && parsed.every((row) => typeof row === "object" && row !== null && !Array.isArray(row));
  return rows ? { rows: parsed as unknown[] } : { error: rowsExample };
}

/** Checks the form as the server will (name unique among `otherNames`, status 100–599, row count
 * 0 or more, rows and contains arrays of row objects) and builds the test case to store. Fields
 * left empty are left out: status then defaults to 200. */
export function checkTestCase(form: TestCaseForm, params: readonly ParamDefinition[], otherNames: readonly string[]): TestCaseCheck {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (name === "") errors["name"] = "is required: a name for the test case.";
  else if (name.length > maxNameLength) errors["name"] = `must be at most ${maxNameLength} characters.`;
  else if (otherNames.some((other) => other.trim().toLowerCase() === name.toLowerCase())) {
    errors["name"] = `'${name}' is already the name of another test case; names must be unique.`;
  }

  const expect: TestCase["expect"] = {};
  const statusText = form.status.trim();
  const status = statusText === "" ? 200 : wholeNumber(statusText);
  if (status === null || status < 100 || status > 599) errors["status"] = "must be an HTTP status from 100 to 599.";
  else expect.status = status;

  const countText = form.rowCount.trim();
  if (countText !== "") {
    const count = wholeNumber(countText);
    if (count === null) errors["row_count"] = "must be a whole number, 0 or more.";
    else expect.row_count = count;
  }
  for (const [key, text] of [["rows", form.rows], ["contains", form.contains]] as const) {
    if (text.trim() === "") continue;
    const { rows, error } = rowObjects(text);
    if (error) errors[key] = error;
    else expect[key] = rows;
  }

  const { values, errors: valueErrors } = coerceValues(params, form.raw);
  const valid = Object.keys(errors).length === 0 && Object.keys(valueErrors).length === 0;
  return { testCase: valid ? { name, values, expect } : null, errors, valueErrors };
}

/** `base`, or `base 2`, `base 3`… whichever no other case has. */
export function uniqueName(base: string, names: readonly string[]): string {
  const taken = new Set(names.map((n) => n.trim().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  let n = 2;
  while (taken.has(`${base} ${n}`.toLowerCase())) n++;
  return `${base} ${n}`;
}

/** A new case's form from a debug run: its values, and the status and row count it answered (the
 * count only when every row was read). A script run names its own status, whatever the outcome. */
export function formFromDebugRun(
  raw: RawValues, outcome: { success: boolean; rowCount: number | null; truncated: boolean; status?: number | string | null }, names: readonly string[],
): TestCaseForm {
  return {
    name: uniqueName("From debug run", names),
    raw,
    status: outcome.status !== null && outcome.status !== undefined ? String(outcome.status) : outcome.success ? "200" : "",
    rowCount: outcome.success && outcome.rowCount !== null && !outcome.truncated ? String(outcome.rowCount) : "",
    rows: "",
    contains: "",
  };
}

/** What a case expects, in words: "status 200, 3 rows, contains 1 row". */
export function expectationText(expect: TestCase["expect"]): string {
  const parts = [`status ${expect.status ?? 200}`];
  if (expect.row_count !== null && expect.row_count !== undefined) parts.push(expect.row_count === 1 ? "1 row" : `${expect.row_count} rows`);
  if (expect.rows) parts.push(`exactly ${expect.rows.length === 1 ? "1 given row" : `${expect.rows.length} given rows`}`);
  if (expect.contains) parts.push(`contains ${expect.contains.length === 1 ? "1 row" : `${expect.contains.length} rows`}`);
  return parts.join(", ");
}

/** A case's values in words: `id = 3, q = "lamp"`, or "no values". */
export function valuesText(values: Record<string, unknown>): string {
  const entries = Object.entries(values);
  return entries.length === 0 ? "no values" : entries.map(([name, value]) => `${name} = ${JSON.stringify(value)}`).join(", ");
}

/** "2 passed, 1 failed". */
export function summaryText(passed: number, failed: number): string {
  return `${passed} passed, ${failed} failed`;
}
