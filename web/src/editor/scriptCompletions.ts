import type { Completion, CompletionContext, CompletionResult, CompletionSource } from "@codemirror/autocomplete";
import { completionPath } from "@codemirror/lang-javascript";
import type { ParamChoice } from "./templateCompletions";
import { scriptGlobals, type ScriptWord } from "./scriptVocabulary";

const identifier = /^[\w$]*$/;

function option({ name, signature, description }: ScriptWord, type: string, boost = 0): Completion {
  return { label: name, type, detail: signature, info: description, boost };
}

const globalOptions = scriptGlobals.map((g) => option(g, g.kind, 1));

const memberOptions = new Map(scriptGlobals.map((g) => [g.name, g.members.map((m) => option(m, "method"))]));

function paramOptions(params: readonly ParamChoice[]): Completion[] {
  return params.map((p) => ({ label: p.name, type: "property", info: p.info, boost: 1 }));
}

/** The declared parameters as `params.x` where a name starts, so a script reaches them in one step. */
function paramPathOptions(params: readonly ParamChoice[]): Completion[] {
  return params.map((p) => ({ label: `params.${p.name}`, type: "property", info: p.info }));
}

/**
 * Completion of the script host's globals in JavaScript: where a name starts, `db`, `tx`, `http`,
 * `cache`, `env`, `log`, `response`, `HttpError`, `params` and each declared parameter as
 * `params.x`; after `db.` (and the other host objects) their methods with how they are called;
 * after `params.` the declared parameters. Strings and comments get nothing. CodeMirror's own
 * JavaScript completion (keywords, snippets, local names) answers beside it.
 */
export function scriptCompletionSource(params: () => readonly ParamChoice[]): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const path = completionPath(context);
    if (!path) return null;
    const from = context.pos - path.name.length;
    if (path.path.length === 0) {
      return { from, options: [...globalOptions, ...paramPathOptions(params())], validFor: identifier };
    }
    if (path.path.length !== 1) return null;
    const [owner] = path.path;
    const options = owner === "params" ? paramOptions(params()) : (memberOptions.get(owner ?? "") ?? []);
    return options.length === 0 ? null : { from, options, validFor: identifier };
  };
}
