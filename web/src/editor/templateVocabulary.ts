/** A name a template may use, with what it does (shown beside the completion). */
export interface TemplateWord {
  name: string;
  description: string;
}

/** Sluice's own filters (see Sluice.Core/Templates/TemplateFunctions.cs), then the Liquid filters
 * most useful in SQL templates. Every filter's result is still bound as a value, never spliced. */
export const templateFilters: readonly TemplateWord[] = [
  { name: "ident", description: "Writes the value as a quoted identifier, if the API lists it in identifiers (ORDER BY {{ sort | ident }})." },
  { name: "sort_direction", description: "ASC or DESC for asc or desc (any case); anything else is refused." },
  { name: "like", description: "Escapes % and _ and wraps the value for a LIKE that contains it (%value%)." },
  { name: "like_start", description: "Escapes % and _ for a LIKE that starts with the value (value%)." },
  { name: "like_end", description: "Escapes % and _ for a LIKE that ends with the value (%value)." },
  { name: "add_days", description: "Moves a date or date-time by whole days: {{ d | add_days: 7 }}; negative counts in parentheses: add_days: (-7)." },
  { name: "start_of_month", description: "The first day of the date's month, at midnight." },
  { name: "default", description: "A fallback when the value is missing or empty: {{ limit | default: 50 }}." },
  { name: "upcase", description: "The text in upper case." },
  { name: "downcase", description: "The text in lower case." },
  { name: "capitalize", description: "The text with its first letter in upper case." },
  { name: "strip", description: "The text without leading and trailing whitespace." },
  { name: "lstrip", description: "The text without leading whitespace." },
  { name: "rstrip", description: "The text without trailing whitespace." },
  { name: "append", description: "The text with another appended: {{ name | append: '%' }}." },
  { name: "prepend", description: "The text with another put before it." },
  { name: "replace", description: "Replaces every occurrence: {{ s | replace: 'a', 'b' }}." },
  { name: "remove", description: "Removes every occurrence of a text." },
  { name: "truncate", description: "Shortens the text to a number of characters." },
  { name: "size", description: "The number of characters of a text or items of a list." },
  { name: "split", description: "Splits a text into a list: {{ csv | split: ',' }}." },
  { name: "join", description: "Joins a list's items into one text." },
  { name: "first", description: "The first item of a list." },
  { name: "last", description: "The last item of a list." },
  { name: "uniq", description: "The list without repeated items." },
  { name: "sort", description: "The list sorted." },
  { name: "plus", description: "Adds a number." },
  { name: "minus", description: "Subtracts a number." },
  { name: "times", description: "Multiplies by a number." },
  { name: "divided_by", description: "Divides by a number." },
  { name: "modulo", description: "The remainder of a division." },
  { name: "round", description: "Rounds to a number of decimals (0 by default)." },
  { name: "ceil", description: "Rounds up to a whole number." },
  { name: "floor", description: "Rounds down to a whole number." },
  { name: "abs", description: "The absolute value." },
  { name: "at_least", description: "The value, or a minimum when it is smaller." },
  { name: "at_most", description: "The value, or a maximum when it is larger." },
  { name: "date", description: "Formats a date: {{ d | date: '%Y-%m-%d' }}." },
];

/** The tags a template may open with {% … %}. */
export const templateTags: readonly TemplateWord[] = [
  { name: "if", description: "Keeps its content when the condition holds: {% if q %} … {% endif %}." },
  { name: "elsif", description: "Another condition of an if." },
  { name: "else", description: "The content when no condition held." },
  { name: "endif", description: "Closes an if." },
  { name: "unless", description: "Keeps its content when the condition does not hold." },
  { name: "endunless", description: "Closes an unless." },
  { name: "case", description: "Chooses by value: {% case x %}{% when 'a' %} … {% endcase %}." },
  { name: "when", description: "One value of a case." },
  { name: "endcase", description: "Closes a case." },
  { name: "for", description: "Repeats its content per item: {% for id in ids %} … {% endfor %}." },
  { name: "endfor", description: "Closes a for." },
  { name: "break", description: "Leaves the loop." },
  { name: "continue", description: "Goes on with the next item." },
  { name: "where", description: "Writes WHERE only when a condition remains, without a dangling AND/OR." },
  { name: "endwhere", description: "Closes a where block." },
  { name: "set", description: "Writes SET for an UPDATE only when an assignment remains, without a dangling comma." },
  { name: "endset", description: "Closes a set block." },
  { name: "assign", description: "Names a value: {% assign n = limit | default: 50 %}." },
  { name: "capture", description: "Names the text of its content." },
  { name: "endcapture", description: "Closes a capture." },
  { name: "include", description: "Inserts a published macro: {% include 'paging' %}." },
  { name: "comment", description: "Leaves its content out." },
  { name: "endcomment", description: "Closes a comment." },
];

/** Values every template may read besides its parameters. */
export const templateValues: readonly TemplateWord[] = [
  { name: "today", description: "The current UTC date." },
  { name: "now", description: "The current instant (UTC)." },
];
