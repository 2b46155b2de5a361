import { useCurrentUser } from "../auth/session";
import { ModuleApiCount } from "./ModuleApiCount";
import type { Module } from "./moduleForm";

interface Props {
  module: Module;
  onEdit: () => void;
  onDelete: () => void;
}

/** One module in the list, with the actions the user's permissions allow. */
export function ModuleRow({ module, onEdit, onDelete }: Props) {
  const { can } = useCurrentUser();
  const name = module.name ?? "";
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{module.description || <span className="muted">—</span>}</td>
      <td><ModuleApiCount id={module.id} name={name} /></td>
      <td>{module.sort_order}</td>
      <td>{module.is_active ? "yes" : "no"}</td>
      <td className="row-actions">
        {can("module", "update", module.id) && <button type="button" aria-label={`Edit ${name}`} onClick={onEdit}>Edit</button>}
        {can("module", "delete", module.id) && <button type="button" aria-label={`Delete ${name}`} onClick={onDelete}>Delete</button>}
      </td>
    </tr>
  );
}
