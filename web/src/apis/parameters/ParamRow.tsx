import type { ParamDefinition, ParamLocation, ParamType } from "../model";
import type { ParamField } from "../paramValidation";
import { parseValueText, valueText } from "../paramValues";
import { CellProblems, invalidProps } from "./CellProblems";
import { ParamRules } from "./ParamRules";
import { locations, types } from "./paramOptions";
import { ValueTextInput } from "./ValueTextInput";

interface Props {
  param: ParamDefinition;
  index: number;
  count: number;
  /** Our validation's and the server's messages, per field. */
  problems: Partial<Record<ParamField | string, string[]>>;
  expanded: boolean;
  readOnly: boolean;
  update: (change: Partial<ParamDefinition>) => void;
  move: (by: -1 | 1) => void;
  remove: () => void;
  toggle: () => void;
}

/** One parameter: name, location, type, required and default in the row; description, rules and
 * moving up or down in the row under it when expanded; each cell's problems under its input. */
export function ParamRow({ param, index, count, problems, expanded, readOnly, update, move, remove, toggle }: Props) {
  const number = index + 1;
  const type: ParamType = param.data_type ?? "string";
  const id = (field: string) => `param-${number}-${field}`;
  const errorId = (field: string) => `${id(field)}-problems`;
  const cell = (field: ParamField) => ({ ...invalidProps(errorId(field), problems[field]) });
  const ruleProblems = ["description", "pattern", "minimum", "maximum", "min_length", "max_length", "enum", "validate"]
    .reduce((n, field) => n + (problems[field]?.length ?? 0), 0);
  return (
    <>
      <tr className={expanded ? "param-row expanded" : "param-row"}>
        <td>
          <input aria-label={`Parameter ${number} name`} value={param.name} readOnly={readOnly} spellCheck={false} autoComplete="off"
            onChange={(e) => update({ name: e.target.value })} {...cell("name")} />
          <CellProblems id={errorId("name")} messages={problems["name"]} />
        </td>
        <td>
          <select aria-label={`Parameter ${number} location`} value={param.location ?? "query"} disabled={readOnly}
            onChange={(e) => update({ location: e.target.value as ParamLocation })} {...cell("location")}>
            {locations.map((location) => <option key={location} value={location}>{location}</option>)}
          </select>
          <CellProblems id={errorId("location")} messages={problems["location"]} />
        </td>
        <td>
          <select aria-label={`Parameter ${number} type`} value={type} disabled={readOnly}
            onChange={(e) => update({ data_type: e.target.value as ParamType })} {...cell("data_type")}>
            {types.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
          <CellProblems id={errorId("data_type")} messages={problems["data_type"]} />
        </td>
        <td className="param-required">
          <input type="checkbox" aria-label={`Parameter ${number} required`} checked={param.is_required ?? false} disabled={readOnly}
            onChange={(e) => update({ is_required: e.target.checked })} />
        </td>
        <td>
          <ValueTextInput aria-label={`Parameter ${number} default`} value={param.default_value ?? null} readOnly={readOnly} spellCheck={false}
            format={valueText} parse={(text) => parseValueText(text, type)} onChange={(value) => update({ default_value: value })} {...cell("default_value")} />
          <CellProblems id={errorId("default_value")} messages={problems["default_value"]} />
        </td>
        <td>
          <div className="row-actions param-actions">
            <button type="button" aria-expanded={expanded} aria-controls={id("rules")} aria-label={`Rules of parameter ${number}`} onClick={toggle}
              className={ruleProblems > 0 ? "has-problems" : undefined}>
              Rules{ruleProblems > 0 ? ` (${ruleProblems})` : ""}
            </button>
            {!readOnly && <button type="button" aria-label={`Remove parameter ${number}`} onClick={remove}>✕</button>}
          </div>
        </td>
      </tr>
      {expanded && (
        <tr className="param-details" id={id("rules")}>
          <td colSpan={6}>
            <ParamRules param={param} number={number} problems={problems} readOnly={readOnly} update={update} />
            {!readOnly && (
              <div className="row-actions param-move">
                <button type="button" aria-label={`Move parameter ${number} up`} disabled={index === 0} onClick={() => move(-1)}>Move up</button>
                <button type="button" aria-label={`Move parameter ${number} down`} disabled={index === count - 1} onClick={() => move(1)}>Move down</button>
              </div>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
