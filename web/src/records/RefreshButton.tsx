/** Reads the list again; says so while it does. */
export function RefreshButton({ busy, onRefresh }: { busy: boolean; onRefresh: () => void }) {
  return <button type="button" onClick={onRefresh} disabled={busy}>{busy ? "Refreshing…" : "Refresh"}</button>;
}
