import type { ParamLocation, ParamType } from "../model";

export const locations: readonly ParamLocation[] = ["query", "path", "header", "body"];

export const types: readonly ParamType[] = ["string", "integer", "number", "boolean", "array", "object", "date", "datetime"];

/** What a new parameter starts as. */
export const newParam = { name: "", location: "query", data_type: "string", is_required: false } as const;
