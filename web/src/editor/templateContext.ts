/** What is being typed at a place inside a template tag. */
export interface TemplateSpot {
  /** `{{ … }}` (an output) or `{% … %}` (a tag). */
  tag: "output" | "statement";
  /** A filter name after `|`, a tag name right after `{%`, or a value (a parameter). */
  kind: "filter" | "tag" | "value";
  /** Where the word being typed starts (offset into the text). */
  from: number;
  /** The word typed so far. */
  word: string;
  /** Nothing typed yet where a name must come: after the opening, `|`, an operator, `,` or `:`. */
  expectsName: boolean;
}

const delimiters = /\{\{|\{%|\}\}|%\}/g;
const wordBefore = /[A-Za-z_][A-Za-z0-9_]*$/;

/** The last `{{` or `{%` before `pos` that no `}}` or `%}` has closed yet, or null. */
function openTag(text: string, pos: number): { tag: TemplateSpot["tag"]; at: number } | null {
  let open: { tag: TemplateSpot["tag"]; at: number } | null = null;
  const before = text.slice(0, pos);
  for (const match of before.matchAll(delimiters)) {
    if (match[0] === "{{") open = { tag: "output", at: match.index + 2 };
    else if (match[0] === "{%") open = { tag: "statement", at: match.index + 2 };
    else open = null;
  }
  return open;
}

/** Whether `pos` lies inside a `{{ … }}` or `{% … %}` tag of `text`. */
export function inTemplateTag(text: string, pos: number): boolean {
  return openTag(text, pos) !== null;
}

/** Whether `text` leaves a quoted string open. */
function inString(text: string): boolean {
  let quote: string | null = null;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    }
  }
  return quote !== null;
}

/**
 * What may be completed at `pos` of a template's text: null outside `{{ }}` and `{% %}`, inside a
 * string, after a `.` (a property), or where the tag's grammar takes no name (a number).
 */
export function templateSpotAt(text: string, pos: number): TemplateSpot | null {
  const open = openTag(text, pos);
  if (!open) return null;
  const inner = text.slice(open.at, pos);
  if (inString(inner)) return null;
  const word = wordBefore.exec(inner)?.[0] ?? "";
  const from = pos - word.length;
  const head = inner.slice(0, inner.length - word.length);
  // A word glued to a digit is a number; one after "." is a property of something.
  if (/[0-9.]$/.test(head)) return null;
  const lead = head.replace(/^-/, "").trimEnd();
  const expectsName = word.length === 0 && (lead.length === 0 || /[|:,(=<>]$/.test(lead));
  if (lead.endsWith("|")) return { tag: open.tag, kind: "filter", from, word, expectsName };
  if (open.tag === "statement" && lead.length === 0) return { tag: open.tag, kind: "tag", from, word, expectsName };
  return { tag: open.tag, kind: "value", from, word, expectsName };
}
