import type { OptionRow } from "./datasourceForm";

interface Props {
  rows: OptionRow[];
  onChange: (rows: OptionRow[]) => void;
  describedBy?: string;
}

/** Driver settings as key/value rows, each with its own labelled inputs and a remove button. */
export function OptionRows({ rows, onChange, describedBy }: Props) {
  function update(index: number, change: Partial<OptionRow>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }
  return (
    <fieldset className="option-rows" aria-describedby={describedBy}>
      <legend>Options</legend>
      {rows.length === 0 && <p className="muted">No driver options.</p>}
      {rows.map((row, index) => (
        <div key={index} className="option-row">
          <input aria-label={`Option ${index + 1} name`} value={row.key} onChange={(e) => update(index, { key: e.target.value })} />
          <input aria-label={`Option ${index + 1} value`} value={row.value} onChange={(e) => update(index, { value: e.target.value })} />
          <button type="button" aria-label={`Remove option ${index + 1}`} onClick={() => onChange(rows.filter((_, i) => i !== index))}>Remove</button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { key: "", value: "" }])}>Add option</button>
    </fieldset>
  );
}
