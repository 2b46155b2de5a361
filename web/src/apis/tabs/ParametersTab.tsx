import { useMemo, useState } from "react";
import type { ParamDefinition } from "../model";
import { serverParamErrors, undeclaredPathNames, validateParams } from "../paramValidation";
import { ParamRow } from "../parameters/ParamRow";
import { newParam } from "../parameters/paramOptions";
import type { EditorTabProps } from "./EditorTabProps";

function merge(...lists: (Partial<Record<string, string[]>> | undefined)[]): Partial<Record<string, string[]>> {
  const merged: Partial<Record<string, string[]>> = {};
  for (const list of lists) {
    for (const [field, messages] of Object.entries(list ?? {})) merged[field] = [...(merged[field] ?? []), ...(messages ?? [])];
  }
  return merged;
}

/** The API editor's Parameters tab: the parameter table editor, checked as you type (the count of
 * problems is shown; saving stays possible, the server has the last word) with the server's
 * messages of the last save beside ours. */
export function ParametersTab({ draft, change, saveError, readOnly }: EditorTabProps) {
  const params = draft.params;
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const problems = useMemo(() => validateParams(params, draft.path), [params, draft.path]);
  const server = useMemo(() => serverParamErrors(saveError?.fieldErrors ?? {}), [saveError]);

  const setParams = (update: (list: ParamDefinition[]) => ParamDefinition[]) => change((d) => ({ ...d, params: update(d.params) }));
  const update = (index: number, fields: Partial<ParamDefinition>) =>
    setParams((list) => list.map((param, i) => (i === index ? { ...param, ...fields } : param)));
  const move = (index: number, by: -1 | 1) => {
    setParams((list) => {
      const next = [...list];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved!);
      return next;
    });
    setExpanded((open) => new Set([...open].map((i) => (i === index ? index + by : i === index + by ? index : i))));
  };
  const remove = (index: number) => {
    setParams((list) => list.filter((_, i) => i !== index));
    setExpanded((open) => new Set([...open].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))));
  };
  const toggle = (index: number) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  const general = [...server.general, ...problems.general];
  return (
    <section className="parameters-tab" aria-labelledby="parameters-heading">
      <div className="section-header">
        <h2 id="parameters-heading">Parameters</h2>
        <span role="status" className={problems.count > 0 ? "badge problem-count" : "badge"}>
          {problems.count === 0 ? "No problems" : problems.count === 1 ? "1 problem" : `${problems.count} problems`}
        </span>
      </div>
      <p className="muted">
        Declared parameters reach the template as <code>{"{{ name }}"}</code>; undeclared inputs never do. Every{" "}
        <code>{"{name}"}</code> of the path needs a parameter with the location path.
      </p>
      {general.length > 0 && (
        <ul className="error param-general" aria-label="Parameter problems">
          {general.map((message, i) => <li key={i}>{message}</li>)}
        </ul>
      )}
      {!readOnly && undeclaredPathNames(params, draft.path).map((name) => (
        <button key={name} type="button" className="declare-path-param"
          onClick={() => setParams((list) => [...list, { ...newParam, name, location: "path", is_required: true }])}>
          Declare path parameter {name}
        </button>
      ))}
      {params.length === 0 ? (
        <p className="muted">No parameters yet.</p>
      ) : (
        <table className="list-table params-table" aria-label="Parameters">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Location</th><th scope="col">Type</th>
              <th scope="col"><abbr title="Required">Req.</abbr></th><th scope="col">Default</th><th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {params.map((param, index) => (
              <ParamRow key={index} param={param} index={index} count={params.length} readOnly={readOnly}
                problems={merge(problems.fields[index], server.rows.get(index))}
                expanded={expanded.has(index)} toggle={() => toggle(index)}
                update={(fields) => update(index, fields)} move={(by) => move(index, by)} remove={() => remove(index)} />
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && <button type="button" onClick={() => setParams((list) => [...list, { ...newParam }])}>Add parameter</button>}
    </section>
  );
}
