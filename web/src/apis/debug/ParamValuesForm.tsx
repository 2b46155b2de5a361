import type { ParamDefinition } from "../model";
import { ParamInput } from "./ParamInput";
import { initialRaw, type RawValue, type RawValues } from "./valuesForm";

interface ParamValuesFormProps {
  params: readonly ParamDefinition[];
  raw: RawValues;
  onChange: (name: string, value: RawValue) => void;
  errors: Record<string, string>;
  /** Makes input ids unique on the page (the Debug tab and a test case editor both use this). */
  idPrefix: string;
  disabled?: boolean;
}

/** One labelled input per declared parameter. */
export function ParamValuesForm({ params, raw, onChange, errors, idPrefix, disabled }: ParamValuesFormProps) {
  if (params.length === 0) return <p className="muted">This API declares no parameters.</p>;
  return (
    <div className="param-values">
      {params.map((param) => (
        <ParamInput key={param.name} param={param} id={`${idPrefix}-${param.name}`} disabled={disabled}
          value={raw[param.name] ?? initialRaw(param)} error={errors[param.name]}
          onChange={(value) => onChange(param.name, value)} />
      ))}
    </div>
  );
}
