import type { DebugResponse } from "./debugRequest";

function ms(value: number | string | undefined): string {
  const number = Number(value ?? 0);
  return `${number < 10 ? number.toFixed(2) : number.toFixed(0)} ms`;
}

/** How long rendering the template, binding the values and executing took. */
export function Timings({ timings }: { timings: DebugResponse["timings"] }) {
  if (!timings) return null;
  return (
    <dl className="debug-timings" aria-label="Timings">
      <div><dt>Render</dt><dd>{ms(timings.render_ms)}</dd></div>
      <div><dt>Bind</dt><dd>{ms(timings.bind_ms)}</dd></div>
      <div><dt>Execute</dt><dd>{ms(timings.execute_ms)}</dd></div>
    </dl>
  );
}
