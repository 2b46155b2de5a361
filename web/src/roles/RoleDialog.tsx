import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { useCurrentUser } from "../auth/session";
import { FormField } from "../shell/FormField";
import { RecordDialog } from "../shell/RecordDialog";
import { formErrors } from "./formErrors";
import { holds } from "./grants";
import { joinPermissions, splitPermissions, type PermissionSet } from "./permissionMatrix";
import { PermissionMatrix } from "./PermissionMatrix";
import { rolesKey } from "./queries";
import { roleAccess } from "./roleRules";
import { ScopedPermissions } from "./ScopedPermissions";
import type { Action, Resource, Role, RoleRequest } from "./types";

interface Props {
  /** The role to edit or view; absent to create one. */
  role?: Role;
  onClose: () => void;
}

const shownFields = ["name", "description"];

/** Creates, edits or (when the server would refuse a change) shows a role: name, description,
 * the resource × action matrix and the scoped grants. */
export function RoleDialog({ role, onClose }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const { user: me, can } = useCurrentUser();
  const [name, setName] = useState(role?.name ?? "");
  const [description, setDescription] = useState(role?.description ?? "");
  const [permissions, setPermissions] = useState<PermissionSet>(() => splitPermissions(role?.permissions ?? []));

  const save = useMutation({
    mutationFn: (body: RoleRequest) =>
      role ? api.patch<Role>(`/api/v1/roles/${role.id}`, body) : api.post<Role>("/api/v1/roles", body),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: rolesKey });
      onClose();
    },
  });

  const refusal = role ? roleAccess(role, me).change : null;
  const permitted = role ? can("role", "update", role.id) : can("role", "create");
  const readOnly = !permitted || refusal !== null;
  const errors = formErrors(save.error, "name", shownFields);
  const cellAllowed = (resource: Resource, action: Action) => holds(me, { resource_type: resource, action, resource_id: null });
  const scopedAllowed = (resource: Resource, action: Action, id: string) => holds(me, { resource_type: resource, action, resource_id: id });

  const title = role ? (readOnly ? `Role ${role.name}` : `Edit role ${role.name}`) : "New role";
  return (
    <RecordDialog title={title} className="role-dialog"
      description={refusal ?? (readOnly ? "You may look at this role but not change it." : "Tick what holders of this role may do; grants on single resources go below.")}
      onSubmit={() => save.mutate({ name: name.trim(), description: description.trim() === "" ? null : description, permissions: joinPermissions(permissions) })}
      onClose={onClose} pending={save.isPending} refusal={errors.general} canSave={!readOnly} closeLabel={readOnly ? "Close" : "Cancel"}>
      <div className="role-fields">
        <div>
          <FormField id="role-name" label="Name" errors={errors.fields["name"]}>
            {(control) => <input {...control} value={name} readOnly={readOnly} onChange={(e) => setName(e.target.value)} />}
          </FormField>
        </div>
        <div>
          <FormField id="role-description" label="Description" errors={errors.fields["description"]}>
            {(control) => <input {...control} value={description} readOnly={readOnly} onChange={(e) => setDescription(e.target.value)} />}
          </FormField>
        </div>
      </div>
      <h3>Permissions on every resource of a type</h3>
      <PermissionMatrix value={permissions} onChange={setPermissions} allowed={cellAllowed} readOnly={readOnly} />
      <ScopedPermissions value={permissions} onChange={setPermissions} allowed={scopedAllowed} readOnly={readOnly} />
    </RecordDialog>
  );
}
