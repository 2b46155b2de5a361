import { useCurrentUser } from "../auth/session";
import type { Group } from "./groupForm";

interface Props {
  group: Group;
  /** How many clients are granted it, or undefined when the user may not read clients. */
  clients: number | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

/** One group in the list, with the actions the user's permissions allow. */
export function GroupRow({ group, clients, onEdit, onDelete }: Props) {
  const { can } = useCurrentUser();
  const name = group.name ?? "";
  return (
    <tr>
      <th scope="row">{name}</th>
      <td className="muted">{group.description}</td>
      <td>{group.is_active === false ? <span className="error">no</span> : "yes"}</td>
      <td>{group.api_ids?.length ?? 0}</td>
      {clients !== undefined && <td>{clients}</td>}
      <td>
        <div className="row-actions">
          {can("group", "update", group.id ?? "") && <button type="button" aria-label={`Edit ${name}`} onClick={onEdit}>Edit</button>}
          {can("group", "delete", group.id ?? "") && <button type="button" aria-label={`Delete ${name}`} onClick={onDelete}>Delete</button>}
        </div>
      </td>
    </tr>
  );
}
