import { FieldError } from "../../shell/FieldError";
import type { ParamDefinition } from "../model";
import { inputKindOf, placeholderOf, type RawValue } from "./valuesForm";

interface ParamInputProps {
  param: ParamDefinition;
  /** Unique within the page; the input's id. */
  id: string;
  value: RawValue;
  onChange: (value: RawValue) => void;
  error?: string;
  disabled?: boolean;
}

/** What a parameter is, under its input: type, required, default, description. */
function hintOf(param: ParamDefinition): string {
  const parts: string[] = [param.data_type ?? "string"];
  if (param.is_required) parts.push("required");
  const fallback = placeholderOf(param);
  if (fallback !== "") parts.push(`default ${fallback}`);
  const hint = parts.join(", ");
  return param.description ? `${hint}. ${param.description}` : hint;
}

/** One parameter's input, by its type: a number, a checkbox, JSON text, a date, or text. Its label
 * is the parameter's name; required ones are marked. */
export function ParamInput({ param, id, value, onChange, error, disabled }: ParamInputProps) {
  const kind = inputKindOf(param.data_type);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const common = {
    id,
    disabled,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    "aria-required": param.is_required ? true : undefined,
  };
  const text = typeof value === "string" ? value : "";
  const hint = <span id={`${id}-hint`} className="param-hint muted">{hintOf(param)}</span>;
  const messages = error ? [error] : undefined;

  if (kind === "checkbox") {
    return (
      <div className="param-input">
        <label className="checkbox">
          <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          {param.name}
        </label>
        {hint}
        <FieldError id={`${id}-error`} label={param.name} messages={messages} />
      </div>
    );
  }
  return (
    <div className="param-input">
      <div className="param-label">
        <label htmlFor={id}>{param.name}</label>
        {/* Outside the label, so the accessible name is the parameter's name; aria-required says it. */}
        {param.is_required && <span className="required-mark" aria-hidden="true">*</span>}
      </div>
      {kind === "json" ? (
        <textarea {...common} rows={3} spellCheck={false} className="json-input" value={text}
          placeholder={placeholderOf(param) || (param.data_type === "array" ? "[1, 2]" : '{"key": "value"}')}
          onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={kind === "datetime" ? "datetime-local" : kind} step={kind === "datetime" ? 1 : kind === "number" ? "any" : undefined}
          value={text} placeholder={placeholderOf(param)} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint}
      <FieldError id={`${id}-error`} label={param.name} messages={messages} />
    </div>
  );
}
