import type { Completion, CompletionContext, CompletionResult, CompletionSource } from "@codemirror/autocomplete";
import { templateSpotAt } from "./templateContext";
import { templateFilters, templateTags, templateValues, type TemplateWord } from "./templateVocabulary";

/** A declared parameter as completion offers it. */
export interface ParamChoice {
  name: string;
  /** Shown in the option's info: type and location, say. */
  info?: string;
}

function words(list: readonly TemplateWord[], type: string, boost = 0): Completion[] {
  return list.map(({ name, description }) => ({ label: name, type, info: description, boost }));
}

const filterOptions = words(templateFilters, "function");
const tagOptions = words(templateTags, "keyword");
const valueOptions = words(templateValues, "constant", -1);

/**
 * Completion inside `{{ … }}` and `{% … %}`: after `|` the filters Sluice supports, right after
 * `{%` the tags, elsewhere the declared parameters (and `today`, `now`). Outside a tag it offers
 * nothing, leaving the place to SQL completion. While typing it answers once a word is started,
 * or where a name must come next (right after `{{`, `{%`, `|`, an operator, `,` or `:`); Ctrl+Space
 * always answers.
 */
export function templateCompletionSource(params: () => readonly ParamChoice[]): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const start = Math.max(0, context.pos - 2000);
    const text = context.state.sliceDoc(start, context.pos);
    const spot = templateSpotAt(text, text.length);
    if (!spot) return null;
    if (!context.explicit && spot.word.length === 0 && !spot.expectsName) return null;
    const from = start + spot.from;
    let options: Completion[];
    if (spot.kind === "filter") options = filterOptions;
    else if (spot.kind === "tag") options = tagOptions;
    else options = [...params().map((p) => ({ label: p.name, type: "variable", info: p.info, boost: 1 })), ...valueOptions];
    if (options.length === 0) return null;
    return { from, options, validFor: /^[A-Za-z0-9_]*$/ };
  };
}
