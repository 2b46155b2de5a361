/** The modifier key's name on this machine: ⌘ on Apple systems, Ctrl elsewhere. */
function modifier(): string {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";
}

/** The editor's keyboard shortcuts, shown under it. */
export function ShortcutHint({ run, save }: { run: boolean; save: boolean }) {
  const mod = modifier();
  return (
    <p className="sql-editor-hint muted">
      {run && <><kbd>{mod}</kbd>+<kbd>Enter</kbd> runs · </>}
      {save && <><kbd>{mod}</kbd>+<kbd>S</kbd> saves · </>}
      <kbd>Ctrl</kbd>+<kbd>Space</kbd> completes tables, columns, parameters and filters · <kbd>{mod}</kbd>+<kbd>F</kbd> finds
    </p>
  );
}
