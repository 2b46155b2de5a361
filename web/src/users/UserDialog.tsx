import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { useCurrentUser } from "../auth/session";
import { formErrors } from "../roles/formErrors";
import type { Role } from "../roles/types";
import { FieldError } from "../shell/FieldError";
import { FormField } from "../shell/FormField";
import { RecordDialog } from "../shell/RecordDialog";
import { RoleChecklist } from "./RoleChecklist";
import type { User } from "./types";
import { createBody, emptyUserForm, passwordRule, updateBody, userFormOf, type UserForm } from "./userForm";
import { userControls } from "./userRules";

interface Props {
  /** The user to edit; absent to create one. */
  user?: User;
  roles: readonly Role[];
  /** Why the role list could not be read, as a sentence, if it could not. */
  rolesProblem: string | null;
  onClose: () => void;
}

const labels: Record<string, string> = {
  username: "Username", password: "Password", email: "E-mail", full_name: "Full name", role_ids: "Roles",
  is_active: "Active", is_superuser: "Superuser",
};
const shownFields = Object.keys(labels);

/** Creates or edits a user: name and contact, roles, active and superuser flags, and (on edit) a
 * new password, which is never shown back. Controls the server would refuse are disabled with why. */
export function UserDialog({ user, roles, rolesProblem, onClose }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const { user: me } = useCurrentUser();
  const [form, setForm] = useState<UserForm>(() => (user ? userFormOf(user) : emptyUserForm()));
  const controls = userControls(user ?? null, me, roles);

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof createBody>) =>
      user ? api.patch<User>(`/api/v1/users/${user.id}`, body) : api.post<User>("/api/v1/users", body),
    onSuccess: async () => {
      // Also refreshes the signed-in user, whose own name or password may have changed.
      await queries.invalidateQueries({ queryKey: ["users"] });
      onClose();
    },
  });
  const errors = formErrors(save.error, "username", shownFields);
  const locked = controls.change !== null;

  function change<K extends keyof UserForm>(key: K, value: UserForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  return (
    <RecordDialog title={user ? `Edit user ${user.username}` : "New user"} className="dialog-wide"
      description={controls.change ?? (user ? "Leave the password empty to keep the current one." : "The user signs in with this name and password.")}
      onSubmit={() => save.mutate(user ? updateBody(user, form) : createBody(form))} onClose={onClose}
      pending={save.isPending} refusal={errors.general} canSave={!locked} closeLabel={locked ? "Close" : "Cancel"}>
      <fieldset disabled={locked} className="plain-fieldset">
        <FormField id="user-username" label="Username" errors={errors.fields["username"]}>
          {(control) => <input {...control} autoComplete="off" value={form.username} onChange={(e) => change("username", e.target.value)} />}
        </FormField>

        <FormField id="user-password" label={user ? "New password" : "Password"} errorLabel="Password" errors={errors.fields["password"]}
          hint={`${passwordRule}${user ? " Setting one signs the user out everywhere." : ""}`}>
          {(control) => (
            <input {...control} type="password" autoComplete="new-password" value={form.password}
              placeholder={user ? "Unchanged" : ""} onChange={(e) => change("password", e.target.value)} />
          )}
        </FormField>

        <div className="user-names">
          <div>
            <FormField id="user-email" label="E-mail" errors={errors.fields["email"]}>
              {(control) => <input {...control} type="email" value={form.email} onChange={(e) => change("email", e.target.value)} />}
            </FormField>
          </div>
          <div>
            <FormField id="user-full-name" label="Full name" errors={errors.fields["full_name"]}>
              {(control) => <input {...control} value={form.full_name} onChange={(e) => change("full_name", e.target.value)} />}
            </FormField>
          </div>
        </div>

        {rolesProblem ? (
          <p role="alert" className="error">{rolesProblem}</p>
        ) : (
          <RoleChecklist roles={roles} value={form.role_ids} onChange={(ids) => change("role_ids", ids)} refused={controls.roles}
            describedBy={errors.fields["role_ids"] ? "user-role_ids-error" : undefined} />
        )}
        <FieldError id="user-role_ids-error" label="Roles" messages={errors.fields["role_ids"]} />

        <label className="checkbox">
          <input type="checkbox" checked={form.is_active} disabled={controls.deactivate !== null && form.is_active}
            aria-describedby={controls.deactivate ? "user-active-reason" : undefined}
            onChange={(e) => change("is_active", e.target.checked)} /> Active
        </label>
        {controls.deactivate && !locked && <p id="user-active-reason" className="muted hint">{controls.deactivate}</p>}
        <p className="muted hint">An inactive user cannot sign in and is signed out everywhere.</p>

        <label className="checkbox">
          <input type="checkbox" checked={form.is_superuser} disabled={controls.superuser !== null}
            aria-describedby={controls.superuser ? "user-superuser-reason" : undefined}
            onChange={(e) => change("is_superuser", e.target.checked)} /> Superuser
        </label>
        {controls.superuser && !locked && <p id="user-superuser-reason" className="muted hint">{controls.superuser}</p>}
      </fieldset>
    </RecordDialog>
  );
}
