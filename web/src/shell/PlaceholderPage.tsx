/** A section of the dashboard that has its heading but no content yet. */
export function PlaceholderPage({ title }: { title: string }) {
  return (
    <section>
      <h1>{title}</h1>
      <p className="muted">Nothing to show here yet.</p>
    </section>
  );
}
