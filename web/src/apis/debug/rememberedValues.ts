import type { RawValues } from "./valuesForm";

/** What the Debug tab remembers per API for the browser tab's session. */
export interface RememberedDebugInput {
  raw: RawValues;
  maxRows: string;
}

function keyOf(apiKey: string): string {
  return `sluice.debug.${apiKey}`;
}

function isRawValues(value: unknown): value is RawValues {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    && Object.values(value).every((v) => typeof v === "string" || typeof v === "boolean");
}

/** The last values used for an API (`apiKey` is its id, or "new"), or null. */
export function recallDebugInput(apiKey: string, storage: Pick<Storage, "getItem"> | undefined = globalThis.sessionStorage): RememberedDebugInput | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(keyOf(apiKey)) ?? "null");
    if (typeof parsed !== "object" || parsed === null) return null;
    const { raw, maxRows } = parsed as Record<string, unknown>;
    return isRawValues(raw) && typeof maxRows === "string" ? { raw, maxRows } : null;
  } catch {
    return null;
  }
}

/** Remembers the values; storage that is full or disabled only means they are not remembered. */
export function rememberDebugInput(apiKey: string, input: RememberedDebugInput,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.sessionStorage): void {
  try {
    storage?.setItem(keyOf(apiKey), JSON.stringify(input));
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
