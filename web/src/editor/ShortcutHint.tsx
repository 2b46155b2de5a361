import type { EditorLanguage } from "./CodeEditor";

/** The modifier key's name on this machine: ⌘ on Apple systems, Ctrl elsewhere. */
function modifier(): string {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";
}

const completes: Record<EditorLanguage, string> = {
  sql: "tables, columns, parameters and filters",
  javascript: "db, http, cache, log, params and the other script globals",
};

/** The editor's keyboard shortcuts, shown under it. */
export function ShortcutHint({ run, save, language }: { run: boolean; save: boolean; language: EditorLanguage }) {
  const mod = modifier();
  return (
    <p className="sql-editor-hint muted">
      {run && <><kbd>{mod}</kbd>+<kbd>Enter</kbd> runs · </>}
      {save && <><kbd>{mod}</kbd>+<kbd>S</kbd> saves · </>}
      <kbd>Ctrl</kbd>+<kbd>Space</kbd> completes {completes[language]} · <kbd>{mod}</kbd>+<kbd>F</kbd> finds
    </p>
  );
}
