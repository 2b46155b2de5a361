import type { ParamDefinition, ParamType } from "../model";
import { ruleApplies, type ParamField, type ParamRule } from "../paramValidation";
import { enumText, parseEnumText } from "../paramValues";
import { CellProblems, invalidProps } from "./CellProblems";
import { ValueTextInput } from "./ValueTextInput";

interface Props {
  param: ParamDefinition;
  /** 1-based, for the inputs' names. */
  number: number;
  problems: Partial<Record<ParamField | string, string[]>>;
  readOnly: boolean;
  update: (change: Partial<ParamDefinition>) => void;
}

const numeric: { rule: Exclude<ParamRule, "pattern" | "enum">; label: string; step?: string }[] = [
  { rule: "minimum", label: "Minimum", step: "any" },
  { rule: "maximum", label: "Maximum", step: "any" },
  { rule: "min_length", label: "Min length", step: "1" },
  { rule: "max_length", label: "Max length", step: "1" },
];

function present(value: unknown): boolean {
  return value !== null && value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);
}

/** A parameter's description and rules. A rule shows when it applies to the type, or when it has a
 * value (so a rule left over from another type can be seen and cleared); the validate script
 * applies to every type. */
export function ParamRules({ param, number, problems, readOnly, update }: Props) {
  const type: ParamType = param.data_type ?? "string";
  const id = (field: string) => `param-${number}-${field}`;
  const shows = (rule: ParamRule) => ruleApplies(rule, type) || present(param[rule]);
  const errorId = (field: string) => `${id(field)}-problems`;
  return (
    <div className="param-rules">
      <div className="param-rule param-description">
        <label htmlFor={id("description")}>Description</label>
        <input id={id("description")} value={param.description ?? ""} readOnly={readOnly}
          onChange={(e) => update({ description: e.target.value === "" ? null : e.target.value })} />
        <CellProblems id={errorId("description")} messages={problems["description"]} />
      </div>
      {shows("pattern") && (
        <div className="param-rule">
          <label htmlFor={id("pattern")}>Pattern</label>
          <input id={id("pattern")} value={param.pattern ?? ""} readOnly={readOnly} spellCheck={false} placeholder="regular expression, whole value"
            onChange={(e) => update({ pattern: e.target.value === "" ? null : e.target.value })} {...invalidProps(errorId("pattern"), problems["pattern"])} />
          <CellProblems id={errorId("pattern")} messages={problems["pattern"]} />
        </div>
      )}
      {numeric.filter(({ rule }) => shows(rule)).map(({ rule, label, step }) => (
        <div key={rule} className="param-rule">
          <label htmlFor={id(rule)}>{label}</label>
          <input id={id(rule)} type="number" step={step} value={param[rule] == null ? "" : String(param[rule])} readOnly={readOnly}
            onChange={(e) => update({ [rule]: e.target.value === "" ? null : Number(e.target.value) })} {...invalidProps(errorId(rule), problems[rule])} />
          <CellProblems id={errorId(rule)} messages={problems[rule]} />
        </div>
      ))}
      {shows("enum") && (
        <div className="param-rule param-enum">
          <label htmlFor={id("enum")}>Allowed values</label>
          <ValueTextInput id={id("enum")} value={param.enum ?? null} readOnly={readOnly} placeholder="comma-separated, e.g. asc, desc"
            format={(value) => enumText(value as unknown[] | null)} parse={(text) => parseEnumText(text, type)}
            onChange={(value) => update({ enum: value as unknown[] | null })} {...invalidProps(errorId("enum"), problems["enum"])} />
          <CellProblems id={errorId("enum")} messages={problems["enum"]} />
        </div>
      )}
      <div className="param-rule param-validate">
        <label htmlFor={id("validate")}>Validate</label>
        <input id={id("validate")} className="script-input" value={param.validate ?? ""} readOnly={readOnly} spellCheck={false} autoComplete="off"
          placeholder="JavaScript, e.g. value % 10 === 0 || 'must be a multiple of 10'"
          onChange={(e) => update({ validate: e.target.value === "" ? null : e.target.value })} {...invalidProps(errorId("validate"), problems["validate"])}
          aria-describedby={[`${id("validate")}-hint`, ...(problems["validate"]?.length ? [errorId("validate")] : [])].join(" ")} />
        <p id={`${id("validate")}-hint`} className="hint muted">
          Sees <code>value</code> and <code>params</code>: <code>true</code> accepts, <code>false</code> or a message refuses with a 400.
        </p>
        <CellProblems id={errorId("validate")} messages={problems["validate"]} />
      </div>
    </div>
  );
}
