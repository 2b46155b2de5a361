/** The messages about one cell, under it; `id` ties them to the input (aria-describedby). */
export function CellProblems({ id, messages }: { id: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return <p id={id} className="error cell-problem">{messages.join(" ")}</p>;
}

/** The props that mark an input invalid and point it at its messages. */
export function invalidProps(id: string, messages: readonly string[] | undefined) {
  return messages && messages.length > 0 ? { "aria-invalid": true as const, "aria-describedby": id } : {};
}
