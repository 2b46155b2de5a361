import type { ParamDefinition, ParamType } from "../model";

/** What the values form holds per parameter: the text typed, or a checkbox's state. */
export type RawValue = string | boolean;

/** The values form: raw input by parameter name. */
export type RawValues = Record<string, RawValue>;

/** Values ready to send (by parameter name), or the reason each one cannot be read. */
export interface CoercedValues {
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

/** The kind of input a parameter gets in a form. */
export type InputKind = "text" | "number" | "checkbox" | "json" | "date" | "datetime";

export function inputKindOf(type: ParamType | undefined): InputKind {
  switch (type) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "checkbox";
    case "array":
    case "object":
      return "json";
    case "date":
      return "date";
    case "datetime":
      return "datetime";
    default:
      return "text";
  }
}

/** The default value as a placeholder shows it ("" when there is none). */
export function placeholderOf(param: ParamDefinition): string {
  const value = param.default_value;
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The form's starting state for a parameter that has no remembered value: a checkbox follows the
 * default; other inputs start empty, so the server applies the default itself. */
export function initialRaw(param: ParamDefinition): RawValue {
  return inputKindOf(param.data_type) === "checkbox" ? param.default_value === true : "";
}

/** The form state that shows `values` (a test case's, say) for the declared parameters. */
export function rawFromValues(params: readonly ParamDefinition[], values: Record<string, unknown>): RawValues {
  const raw: RawValues = {};
  for (const param of params) {
    const value = values[param.name];
    const kind = inputKindOf(param.data_type);
    if (value === undefined || value === null) {
      raw[param.name] = initialRaw(param);
    } else if (kind === "checkbox") {
      raw[param.name] = value === true || value === "true";
    } else if (kind === "json") {
      raw[param.name] = JSON.stringify(value, null, 2);
    } else {
      raw[param.name] = typeof value === "string" ? value : JSON.stringify(value);
    }
  }
  return raw;
}

function coerceOne(kind: InputKind, type: ParamType | undefined, raw: RawValue): { value?: unknown; error?: string } {
  if (kind === "checkbox") return { value: raw === true };
  const text = typeof raw === "string" ? raw.trim() : "";
  // Left empty: not sent, so the server applies the default or says it is required.
  if (text === "") return {};
  switch (kind) {
    case "number": {
      const number = Number(text);
      if (!Number.isFinite(number)) return { error: "must be a number." };
      if (type === "integer" && !Number.isInteger(number)) return { error: "must be a whole number." };
      return { value: number };
    }
    case "json": {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { error: type === "array" ? 'must be a JSON array, e.g. [1, 2] or ["a", "b"].' : 'must be a JSON object, e.g. {"key": "value"}.' };
      }
      if (type === "array" && !Array.isArray(value)) return { error: 'must be a JSON array, e.g. [1, 2] or ["a", "b"].' };
      if (type === "object" && (typeof value !== "object" || value === null || Array.isArray(value))) {
        return { error: 'must be a JSON object, e.g. {"key": "value"}.' };
      }
      return { value };
    }
    default:
      // Text, dates and date-times go as typed; the server parses them by the parameter's rules.
      return { value: typeof raw === "string" ? raw : "" };
  }
}

/** Turns the form into the values a run sends, by each parameter's type. Empty inputs are left
 * out (the server applies defaults and reports missing required ones in its own words). */
export function coerceValues(params: readonly ParamDefinition[], raw: RawValues): CoercedValues {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const param of params) {
    const kind = inputKindOf(param.data_type);
    const { value, error } = coerceOne(kind, param.data_type, raw[param.name] ?? initialRaw(param));
    if (error) errors[param.name] = error;
    else if (value !== undefined) values[param.name] = value;
  }
  return { values, errors };
}
