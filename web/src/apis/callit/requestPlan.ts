import type { ApiDraft, ParamDefinition } from "../model";
import { bodyValue } from "./exampleValues";

/** A gateway call ready to send or to print: what the snippets and try-it share. */
export interface RequestPlan {
  method: string;
  url: string;
  /** Header parameters, in declaration order. */
  headers: [string, string][];
  /** The JSON body of body parameters, or null when the API declares none. */
  body: Record<string, unknown> | null;
}

/** The route of an API and its parameters, as the published version declares them. */
export interface CallTarget {
  path: string;
  method: ApiDraft["http_method"] | string;
  params: readonly ParamDefinition[];
}

/**
 * Places each parameter where its `location` says: path parameters fill `{name}` in the path,
 * query ones go in the query string, header ones in headers, body ones in a JSON body. Values are
 * texts (what a person typed, or an example); an empty text leaves an optional parameter out.
 */
export function planRequest(target: CallTarget, values: Readonly<Record<string, string>>, origin: string): RequestPlan {
  const query = new URLSearchParams();
  const headers: [string, string][] = [];
  let body: Record<string, unknown> | null = null;
  let path = target.path.replace(/^\/+/, "");
  for (const param of target.params) {
    const text = values[param.name] ?? "";
    const location = param.location ?? "query";
    if (location === "body") body ??= {};
    if (text === "" && location !== "path") continue;
    switch (location) {
      case "path":
        path = path.replaceAll(`{${param.name}}`, encodeURIComponent(text));
        break;
      case "header":
        headers.push([param.name, text]);
        break;
      case "body":
        body![param.name] = bodyValue(param, text);
        break;
      default:
        query.append(param.name, text);
    }
  }
  const search = query.toString();
  return {
    method: String(target.method).toUpperCase(),
    url: `${origin.replace(/\/+$/, "")}/api/${path}${search ? `?${search}` : ""}`,
    headers,
    body,
  };
}
