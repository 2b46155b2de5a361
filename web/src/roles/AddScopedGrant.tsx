import { useState } from "react";
import { errorMessage } from "../api/problem";
import { actions, resources } from "./permissionMatrix";
import type { Action, Resource } from "./types";
import { useRecordOptions } from "./useRecordOptions";

interface Props {
  /** Whether the user may grant `action` on the record `id` (the server refuses grants they lack). */
  allowed: (resource: Resource, action: Action, id: string) => boolean;
  onAdd: (resource: Resource, id: string, chosen: Action[]) => void;
}

const scopable = resources.filter((r) => r.scopable);

/** Picks a resource type, then one of its records, then actions, and adds those grants. */
export function AddScopedGrant({ allowed, onAdd }: Props) {
  const [resource, setResource] = useState<Resource>("api");
  const [id, setId] = useState("");
  const [chosen, setChosen] = useState<Action[]>([]);
  const options = useRecordOptions(resource);

  function pickResource(value: Resource) {
    setResource(value);
    setId("");
    setChosen([]);
  }

  function toggle(action: Action, on: boolean) {
    setChosen((current) => (on ? [...current, action] : current.filter((a) => a !== action)));
  }

  const usable = chosen.filter((action) => id !== "" && allowed(resource, action, id));
  return (
    <div className="add-scoped">
      <div className="add-scoped-pickers">
        <div>
          <label htmlFor="scoped-resource-type">Resource type</label>
          <select id="scoped-resource-type" value={resource} onChange={(e) => pickResource(e.target.value as Resource)}>
            {scopable.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="scoped-resource">Resource</label>
          <select id="scoped-resource" value={id} onChange={(e) => setId(e.target.value)} disabled={!options.data}>
            <option value="">{options.isLoading ? "Loading…" : "Choose one"}</option>
            {options.data?.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </div>
      </div>
      {options.error && <p role="alert" className="error">{errorMessage(options.error)}</p>}
      {options.data && options.data.length === 0 && <p className="muted">There are none to choose from.</p>}
      <fieldset className="add-scoped-actions">
        <legend>Actions on the chosen resource</legend>
        {actions.map((action) => {
          const refused = id !== "" && !allowed(resource, action.value, id);
          return (
            <label key={action.value} className="checkbox" title={refused ? "You do not hold this permission, so you cannot grant it." : undefined}>
              <input type="checkbox" checked={chosen.includes(action.value)} disabled={refused}
                onChange={(e) => toggle(action.value, e.target.checked)} /> {action.value}
            </label>
          );
        })}
      </fieldset>
      <button type="button" disabled={usable.length === 0} onClick={() => { onAdd(resource, id, usable); setChosen([]); }}>
        Add scoped permission
      </button>
    </div>
  );
}
