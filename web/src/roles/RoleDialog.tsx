import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { useCurrentUser } from "../auth/session";
import { FieldError } from "../datasources/FieldError";
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

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ name: name.trim(), description: description.trim() === "" ? null : description, permissions: joinPermissions(permissions) });
  }

  function errorProps(field: string) {
    return errors.fields[field] ? { "aria-invalid": true, "aria-describedby": `role-${field}-error` } : {};
  }

  const title = role ? (readOnly ? `Role ${role.name}` : `Edit role ${role.name}`) : "New role";
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog role-dialog">
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description className="muted">
            {refusal ?? (readOnly ? "You may look at this role but not change it." : "Tick what holders of this role may do; grants on single resources go below.")}
          </Dialog.Description>
          <form onSubmit={submit} noValidate>
            <div className="role-fields">
              <div>
                <label htmlFor="role-name">Name</label>
                <input id="role-name" value={name} readOnly={readOnly} onChange={(e) => setName(e.target.value)} {...errorProps("name")} />
                <FieldError id="role-name-error" label="Name" messages={errors.fields["name"]} />
              </div>
              <div>
                <label htmlFor="role-description">Description</label>
                <input id="role-description" value={description} readOnly={readOnly} onChange={(e) => setDescription(e.target.value)} {...errorProps("description")} />
                <FieldError id="role-description-error" label="Description" messages={errors.fields["description"]} />
              </div>
            </div>
            <h3>Permissions on every resource of a type</h3>
            <PermissionMatrix value={permissions} onChange={setPermissions} allowed={cellAllowed} readOnly={readOnly} />
            <ScopedPermissions value={permissions} onChange={setPermissions} allowed={scopedAllowed} readOnly={readOnly} />
            {errors.general && <p role="alert" className="error">{errors.general}</p>}
            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">{readOnly ? "Close" : "Cancel"}</button></Dialog.Close>
              {!readOnly && <button type="submit" className="primary" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save"}</button>}
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
