import type { ParamDefinition } from "../model";

/** A parameter's value as text the way a request carries it in a query, path or header; a JSON
 * text for objects. */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(asText).join(",");
  return JSON.stringify(value);
}

function numberOf(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** A value the API accepts for `param`, as text: its default, else its first allowed value, else an
 * example of its type within its bounds. */
export function exampleText(param: ParamDefinition): string {
  if (param.default_value !== null && param.default_value !== undefined) return asText(param.default_value);
  const allowed = Array.isArray(param.enum) ? param.enum : [];
  if (allowed.length > 0) return asText(param.data_type === "array" ? allowed.slice(0, 2) : allowed[0]);
  const minimum = numberOf(param.minimum);
  const maximum = numberOf(param.maximum);
  switch (param.data_type) {
    case "integer": {
      const value = minimum !== null ? Math.ceil(minimum) : maximum !== null && maximum < 1 ? Math.floor(maximum) : 1;
      return String(value);
    }
    case "number":
      return String(minimum ?? (maximum !== null && maximum < 1.5 ? maximum : 1.5));
    case "boolean":
      return "true";
    case "date":
      return "2024-01-31";
    case "datetime":
      return "2024-01-31T12:00:00Z";
    case "array":
      return "1,2";
    case "object":
      return '{"key": "value"}';
    default: {
      const shortest = numberOf(param.min_length) ?? 0;
      const longest = numberOf(param.max_length);
      const text = shortest > 7 ? "x".repeat(shortest) : "example";
      return longest !== null && longest < text.length ? text.slice(0, Math.max(longest, 1)) : text;
    }
  }
}

/** A text typed for `param` as the JSON value a body carries: numbers, booleans, lists and objects
 * typed; what does not parse stays text, so the gateway names the problem. */
export function bodyValue(param: ParamDefinition, text: string): unknown {
  const trimmed = text.trim();
  switch (param.data_type) {
    case "integer":
    case "number":
      return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
    case "boolean":
      return trimmed === "true" ? true : trimmed === "false" ? false : text;
    case "array":
      if (trimmed.startsWith("[")) return parsedOr(trimmed, text);
      return trimmed === "" ? [] : trimmed.split(",").map((item) => item.trim());
    case "object":
      return parsedOr(trimmed, text);
    default:
      return text;
  }
}

function parsedOr(json: string, text: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return text;
  }
}
