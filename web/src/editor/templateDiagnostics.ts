import type { Diagnostic } from "@codemirror/lint";
import type { Text } from "@codemirror/state";
import type { TemplateError } from "../apis/model";

/**
 * The server's template errors as editor diagnostics: each marks the word at its line and column
 * (1-based, as the server counts, for a template or a script), or one character where no word starts. Errors without a place
 * in the text (line 0: a bad `identifiers` entry) or beyond it are left to the list under the editor.
 */
export function templateDiagnostics(doc: Text, errors: readonly TemplateError[], source = "Template"): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    if (!Number.isInteger(error.line) || error.line < 1 || error.line > doc.lines) continue;
    const line = doc.line(error.line);
    const column = Math.max(1, Number.isInteger(error.column) ? error.column : 1);
    const from = Math.min(line.from + column - 1, line.to);
    const word = /^[A-Za-z0-9_$]+/.exec(doc.sliceString(from, line.to))?.[0].length ?? 0;
    const to = word > 0 ? from + word : Math.min(from + 1, doc.length);
    diagnostics.push({ from, to: Math.max(from, to), severity: "error", message: error.message, source });
  }
  return diagnostics;
}

/** An error as the list under the editor reads it: "Line 3, column 12: …". */
export function templateErrorText(error: TemplateError): string {
  return error.line >= 1 ? `Line ${error.line}, column ${error.column}: ${error.message}` : error.message;
}
