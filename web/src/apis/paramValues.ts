import type { ParamType } from "./model";

/** A JSON value as a parameter's text box shows it: text as is, anything else as JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function scalar(text: string, type: ParamType): unknown {
  if ((type === "integer" || type === "number") && text.trim() !== "" && String(Number(text)) === text) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

/**
 * The default value typed as `text`, as JSON for the draft: empty is no default; a number or
 * boolean that reads back the same is kept as one; JSON for arrays and objects when it parses;
 * anything else stays text (the server reads text like a request's input, and validation says
 * when it is not of the type).
 */
export function parseValueText(text: string, type: ParamType): unknown {
  if (text.trim() === "") return null;
  if (type === "array" || type === "object") {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === "object" && parsed !== null) return parsed;
    } catch {
      // Not JSON: an array may be given as comma-separated text.
    }
    return text;
  }
  return scalar(text, type);
}

/** An enum as its text box shows it: the values separated by commas. */
export function enumText(values: readonly unknown[] | null | undefined): string {
  return (values ?? []).map(valueText).join(", ");
}

/** The enum typed as comma-separated `text`; empty is no enum. */
export function parseEnumText(text: string, type: ParamType): unknown[] | null {
  const items = text.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
  // An array's enum constrains each item; items are compared as text, so numbers stay numbers only for numeric types.
  return items.length === 0 ? null : items.map((item) => scalar(item, type === "array" ? "string" : type));
}

/** Whether two JSON values are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
