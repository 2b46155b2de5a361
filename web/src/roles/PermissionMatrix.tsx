import {
  actions, cell, cellName, columnState, resources, rowState, setCell, setColumn, setRow,
  type CellAllowed, type PermissionSet,
} from "./permissionMatrix";
import { TriStateCheckbox } from "./TriStateCheckbox";

interface Props {
  value: PermissionSet;
  onChange: (next: PermissionSet) => void;
  /** Cells the user may change (the server refuses grants they do not hold). */
  allowed: CellAllowed;
  readOnly: boolean;
}

/** What a role allows on every resource of each type: a checkbox per resource and action, with
 * toggles for a whole row or column. */
export function PermissionMatrix({ value, onChange, allowed, readOnly }: Props) {
  return (
    <table className="permission-matrix" aria-label="Permissions">
      <thead>
        <tr>
          <th scope="col">Resource</th>
          {actions.map((action) => (
            <th scope="col" key={action.value}>
              <span className="matrix-column">
                {action.label}
                {!readOnly && (
                  <TriStateCheckbox label={`${action.value} every resource`} state={columnState(value, action.value)}
                    onChange={(on) => onChange(setColumn(value, action.value, on, allowed))} />
                )}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {resources.map((resource) => (
          <tr key={resource.value}>
            <th scope="row">
              <span className="matrix-row">
                {!readOnly && (
                  <TriStateCheckbox label={`every action on ${resource.value}`} state={rowState(value, resource.value)}
                    onChange={(on) => onChange(setRow(value, resource.value, on, allowed))} />
                )}
                {resource.label}
              </span>
            </th>
            {actions.map((action) => {
              const mayChange = !readOnly && allowed(resource.value, action.value);
              return (
                <td key={action.value}>
                  <input type="checkbox" aria-label={cellName(resource.value, action.value)}
                    checked={value.matrix.has(cell(resource.value, action.value))} disabled={!mayChange}
                    title={!readOnly && !mayChange ? "You do not hold this permission, so you cannot grant it." : undefined}
                    onChange={(e) => onChange(setCell(value, resource.value, action.value, e.target.checked))} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
