interface Props {
  identifiers: string[];
  readOnly: boolean;
  onChange: (identifiers: string[]) => void;
  describedBy?: string;
}

/** The column names the template may write with `ident`, one row each. */
export function IdentifierRows({ identifiers, readOnly, onChange, describedBy }: Props) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend>Identifiers</legend>
      <p className="hint muted">Column names <code>{"{{ sort | ident }}"}</code> may write (ORDER BY, say); anything else is refused.</p>
      {identifiers.length === 0 && <p className="muted">None.</p>}
      {identifiers.map((identifier, index) => (
        <div key={index} className="identifier-row">
          <input aria-label={`Identifier ${index + 1}`} value={identifier} readOnly={readOnly} spellCheck={false}
            onChange={(e) => onChange(identifiers.map((old, i) => (i === index ? e.target.value : old)))} />
          {!readOnly && (
            <button type="button" aria-label={`Remove identifier ${index + 1}`} onClick={() => onChange(identifiers.filter((_, i) => i !== index))}>Remove</button>
          )}
        </div>
      ))}
      {!readOnly && <button type="button" onClick={() => onChange([...identifiers, ""])}>Add identifier</button>}
    </fieldset>
  );
}
