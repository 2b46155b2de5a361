import type { ParamDefinition, ParamType } from "./model";

/** The columns of a parameter row that can carry a problem. */
export type ParamField =
  | "name" | "location" | "data_type" | "default_value" | "pattern" | "minimum" | "maximum" | "min_length" | "max_length" | "enum" | "validate";

/** The longest validate script the server accepts, in characters. */
export const validateMaxLength = 4000;

/** The rules a parameter may have besides its type. */
export type ParamRule = "pattern" | "minimum" | "maximum" | "min_length" | "max_length" | "enum";

export interface ParamProblems {
  /** Per parameter (same index as the list), the messages per field. */
  fields: Partial<Record<ParamField, string[]>>[];
  /** Problems of the list as a whole: path parameters the path names but nobody declares. */
  general: string[];
  /** How many messages there are in all. */
  count: number;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
const literals = new Set(["true", "false", "nil", "null", "empty", "blank"]);
const pathParameter = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Which rules apply to a type, as the server checks them. */
export function ruleApplies(rule: ParamRule, type: ParamType): boolean {
  switch (rule) {
    case "pattern":
    case "min_length":
    case "max_length":
      return type === "string" || type === "array";
    case "minimum":
    case "maximum":
      return type === "integer" || type === "number";
    case "enum":
      return type !== "object";
  }
}

/** The `{name}` parameters a gateway path names. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(pathParameter)].map((match) => match[1]!);
}

/** The `{name}`s of the path that no parameter with the location path declares (in any case). */
export function undeclaredPathNames(params: readonly ParamDefinition[], path: string): string[] {
  const declared = new Set(params.filter((p) => p.location === "path").map((p) => (p.name ?? "").toLowerCase()));
  return pathParameterNames(path).filter((name) => !declared.has(name.toLowerCase()));
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const booleanWords = new Set(["true", "false", "1", "0", "yes", "no", "on", "off"]);
const dateText = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimeText = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(:(\d{2})(\.\d{1,7})?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

function validDate(text: string): boolean {
  const match = dateText.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function validDateTime(text: string): boolean {
  const match = dateTimeText.exec(text);
  return match !== null && validDate(match[1]!) && Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[5] ?? 0) < 60;
}

/** Whether a (non-blank) JSON value reads as `type` the way the server reads a default: text like a
 * request's input, numbers and booleans as themselves. */
export function valueFitsType(value: unknown, type: ParamType): boolean {
  switch (type) {
    case "string":
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
    case "integer":
      return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && integerText.test(value));
    case "number":
      return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && numberText.test(value));
    case "boolean":
      return typeof value === "boolean" || (typeof value === "string" && booleanWords.has(value.toLowerCase()));
    case "array":
      return Array.isArray(value) || typeof value === "string";
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "date":
      return typeof value === "string" && validDate(value);
    case "datetime":
      return typeof value === "string" && validDateTime(value);
  }
}

const typeWords: Record<ParamType, string> = {
  string: "a text", integer: "a whole number", number: "a number", boolean: "true or false", array: "a list (JSON array or comma-separated)",
  object: "a JSON object", date: "a date (YYYY-MM-DD)", datetime: "a date-time (YYYY-MM-DDTHH:MM[:SS][Z or ±HH:MM])",
};

function numberOf(value: unknown): number | null {
  if (isBlank(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : NaN;
}

/** A pattern's problem, or null. JavaScript's regular expressions lack a few .NET forms (inline
 * options, atomic groups): patterns using them are left to the server. */
function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, "u");
    return null;
  } catch (error) {
    try {
      new RegExp(pattern);
      return null;
    } catch {
      if (/\(\?[imnsx>#-]/.test(pattern)) return null;
      return `Not a valid regular expression: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : "it does not parse"}.`;
    }
  }
}

function scalarOf(value: unknown, type: ParamType): unknown {
  if (typeof value !== "string") return value;
  if (type === "integer" || type === "number") return Number(value);
  if (type === "boolean") return ["true", "1", "yes", "on"].includes(value.toLowerCase());
  return value;
}

/** The default's breaches of its own rules (only for the rules that apply to its type). */
function defaultBreaches(param: ParamDefinition, type: ParamType, value: unknown): string[] {
  const messages: string[] = [];
  const min = numberOf(param.minimum);
  const max = numberOf(param.maximum);
  if ((type === "integer" || type === "number")) {
    const number = Number(value);
    if (min !== null && !Number.isNaN(min) && number < min) messages.push(`The default is below the minimum (${min}).`);
    if (max !== null && !Number.isNaN(max) && number > max) messages.push(`The default is above the maximum (${max}).`);
  }
  if (type === "string" && typeof value === "string") {
    const minLength = numberOf(param.min_length);
    const maxLength = numberOf(param.max_length);
    if (minLength !== null && value.length < minLength) messages.push(`The default is shorter than the min length (${minLength}).`);
    if (maxLength !== null && value.length > maxLength) messages.push(`The default is longer than the max length (${maxLength}).`);
    if (param.pattern && patternProblem(param.pattern) === null && !/\(\?/.test(param.pattern)) {
      if (!new RegExp(`^(?:${param.pattern})$`).test(value)) messages.push("The default does not match the pattern.");
    }
  }
  const allowed = param.enum ?? [];
  if (allowed.length > 0 && type !== "array" && type !== "object") {
    const wanted = JSON.stringify(scalarOf(value, type));
    if (!allowed.some((item) => JSON.stringify(scalarOf(item, type)) === wanted)) messages.push("The default is not one of the enum values.");
  }
  return messages;
}

function checkOne(param: ParamDefinition, pathNames: Set<string>): Partial<Record<ParamField, string[]>> {
  const problems: Partial<Record<ParamField, string[]>> = {};
  const add = (field: ParamField, message: string) => (problems[field] ??= []).push(message);
  const type: ParamType = param.data_type ?? "string";
  const location = param.location ?? "query";
  const name = param.name ?? "";

  if (name.length === 0) add("name", "A name is required.");
  else if (!identifier.test(name)) add("name", "Use letters, digits and underscores, not starting with a digit.");
  else if (literals.has(name)) add("name", "Liquid reads this name as a literal (true, false, nil, null, empty, blank); choose another.");

  if (type === "object" && location !== "body") add("location", "An object can only come in a JSON body; set the location to body.");
  if (location === "path" && name.length > 0 && !pathNames.has(name.toLowerCase())) add("location", `The path has no {${name}}; add it to the path or choose another location.`);

  const rules: [ParamRule, boolean][] = [
    ["pattern", !isBlank(param.pattern)],
    ["minimum", !isBlank(param.minimum)],
    ["maximum", !isBlank(param.maximum)],
    ["min_length", !isBlank(param.min_length)],
    ["max_length", !isBlank(param.max_length)],
    ["enum", (param.enum ?? []).length > 0],
  ];
  for (const [rule, present] of rules) {
    if (present && !ruleApplies(rule, type)) add(rule, `Does not apply to ${type} parameters; clear it.`);
  }

  const min = numberOf(param.minimum);
  const max = numberOf(param.maximum);
  if (Number.isNaN(min)) add("minimum", "Must be a number.");
  if (Number.isNaN(max)) add("maximum", "Must be a number.");
  if (min !== null && max !== null && min > max) add("maximum", `Must not be less than the minimum (${min}).`);

  const minLength = numberOf(param.min_length);
  const maxLength = numberOf(param.max_length);
  for (const [field, length] of [["min_length", minLength], ["max_length", maxLength]] as const) {
    if (length !== null && (!Number.isInteger(length) || length < 0)) add(field, "Must be a whole number, 0 or more.");
  }
  if (minLength !== null && maxLength !== null && minLength >= 0 && maxLength >= 0 && minLength > maxLength) {
    add("max_length", `Must not be less than the min length (${minLength}).`);
  }

  if (!isBlank(param.pattern) && ruleApplies("pattern", type)) {
    const problem = patternProblem(String(param.pattern));
    if (problem) add("pattern", problem);
  }

  if (ruleApplies("enum", type)) {
    for (const item of param.enum ?? []) {
      const fits = type === "array" ? ["string", "number", "boolean"].includes(typeof item) : !isBlank(item) && valueFitsType(item, type);
      if (!fits) add("enum", `${JSON.stringify(item)} is not ${type === "array" ? "a text, number or boolean" : typeWords[type]}.`);
    }
  }

  const validate = param.validate ?? "";
  if (validate.length > validateMaxLength) add("validate", `Must be at most ${validateMaxLength} characters (it has ${validate.length}).`);

  const fallback = param.default_value;
  if (!isBlank(fallback) || (type === "string" && typeof fallback === "string" && fallback.length > 0)) {
    if (!valueFitsType(fallback, type)) add("default_value", `Must be ${typeWords[type]}.`);
    else for (const message of defaultBreaches(param, type, fallback)) add("default_value", message);
  }
  return problems;
}

/**
 * Everything wrong with a parameter list, as the server would refuse it: names that are not
 * identifiers or repeat (in any case), path parameters missing from the path or the path's
 * `{name}`s missing from the list, defaults and enum values not of the type, minimums above
 * maximums, invalid patterns, rules on types they do not apply to, validate scripts too long (whether
 * a validate script parses is the server's to say). Runs as the user types.
 */
export function validateParams(params: readonly ParamDefinition[], path: string): ParamProblems {
  const inPath = pathParameterNames(path);
  const pathNames = new Set(inPath.map((name) => name.toLowerCase()));
  const fields = params.map((param) => checkOne(param, pathNames));
  const seen = new Map<string, string>();
  params.forEach((param, index) => {
    const name = param.name ?? "";
    if (name.length === 0) return;
    const first = seen.get(name.toLowerCase());
    if (first === undefined) seen.set(name.toLowerCase(), name);
    else (fields[index]!.name ??= []).push(first === name ? `'${name}' is declared more than once.` : `'${name}' differs from '${first}' only in case.`);
  });
  const general = undeclaredPathNames(params, path)
    .map((name) => `The path names {${name}}, but no parameter ${name} has the location path.`);
  const count = general.length + fields.reduce((sum, problems) => sum + Object.values(problems).reduce((n, list) => n + list.length, 0), 0);
  return { fields, general, count };
}

const serverKey = /^params\[(\d+)\]\.(\w+)$/;

/** The server's field errors about parameters: those keyed `params[i].field` per row and field,
 * the rest (`params`, `params[i]`) as messages of the whole list. */
export function serverParamErrors(fieldErrors: Record<string, string[]>): { rows: Map<number, Partial<Record<string, string[]>>>; general: string[] } {
  const rows = new Map<number, Partial<Record<string, string[]>>>();
  const general: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const match = serverKey.exec(key);
    if (match) {
      const row = rows.get(Number(match[1])) ?? {};
      row[match[2]!] = [...(row[match[2]!] ?? []), ...messages];
      rows.set(Number(match[1]), row);
    } else if (key === "params" || key.startsWith("params[")) {
      general.push(...messages.map((message) => (key === "params" ? message : `${key} ${message}`)));
    }
  }
  return { rows, general };
}
