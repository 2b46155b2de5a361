/** The server's messages for one field, shown under it and announced; `id` ties it to the input. */
export function FieldError({ id, label, messages }: { id: string; label: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return <p id={id} role="alert" className="error">{label} {messages.join(" ")}</p>;
}
