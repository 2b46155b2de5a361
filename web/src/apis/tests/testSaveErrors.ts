const labels: Record<string, string> = {
  name: "Name",
  values: "Values",
  expect: "Expectation",
  "expect.status": "Expected status",
  "expect.row_count": "Expected row count",
  "expect.rows": "Expected rows",
  "expect.contains": "Rows it must contain",
};

function labelOf(path: string): string {
  if (path.startsWith("values.")) return `Value ${path.slice("values.".length)}`;
  return labels[path] ?? path;
}

/** The server's reasons for refusing test case `index` on save (`tests[1].expect.row_count` and
 * the like), as sentences with the editor's labels. */
export function saveErrorsOfCase(fieldErrors: Record<string, string[]>, index: number): string[] {
  const prefix = `tests[${index}]`;
  const lines: string[] = [];
  for (const [field, messages] of Object.entries(fieldErrors)) {
    if (field === prefix) lines.push(messages.join(" "));
    else if (field.startsWith(`${prefix}.`)) lines.push(`${labelOf(field.slice(prefix.length + 1))} ${messages.join(" ")}`);
  }
  return lines;
}

/** The server's reasons about the test cases as a whole (`tests`). */
export function saveErrorsOfTests(fieldErrors: Record<string, string[]>): string[] {
  return fieldErrors["tests"] ?? [];
}
