import type { ParamDefinition } from "../model";
import { exampleText } from "./exampleValues";

interface Props {
  params: readonly ParamDefinition[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
}

function hint(param: ParamDefinition): string {
  const parts = [param.location ?? "query", param.data_type ?? "string", param.is_required ? "required" : "optional"];
  return `${parts.join(", ")}${param.description ? ` — ${param.description}` : ""}`;
}

/** One labelled input per parameter, its place and type said below it, an example as placeholder;
 * a parameter with allowed values is a select. */
export function ParamInputs({ params, values, onChange }: Props) {
  if (params.length === 0) return <p className="muted">This API takes no parameters.</p>;
  return (
    <div className="param-inputs">
      {params.map((param) => {
        const id = `try-param-${param.name}`;
        const hintId = `${id}-hint`;
        const allowed = Array.isArray(param.enum) && param.data_type !== "array" ? param.enum.map(String) : null;
        return (
          <div key={param.name} className="param-input">
            <label htmlFor={id}>{param.name}</label>
            {allowed ? (
              <select id={id} aria-describedby={hintId} value={values[param.name] ?? ""} onChange={(e) => onChange(param.name, e.target.value)}>
                <option value="">{param.is_required ? "Choose…" : "(not sent)"}</option>
                {allowed.map((value) => <option key={value} value={value}>{value}</option>)}
              </select>
            ) : (
              <input id={id} aria-describedby={hintId} value={values[param.name] ?? ""} placeholder={exampleText(param)}
                onChange={(e) => onChange(param.name, e.target.value)} />
            )}
            <span id={hintId} className="muted param-hint">{hint(param)}</span>
          </div>
        );
      })}
    </div>
  );
}
