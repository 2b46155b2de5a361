import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { useCurrentUser } from "../auth/session";
import { FieldError } from "../datasources/FieldError";
import { formErrors } from "../roles/formErrors";
import type { Role } from "../roles/types";
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

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(user ? updateBody(user, form) : createBody(form));
  }

  function described(field: string, hint?: string) {
    const ids = [errors.fields[field] ? `user-${field}-error` : null, hint ?? null].filter((id): id is string => id !== null);
    return {
      ...(errors.fields[field] ? { "aria-invalid": true } : {}),
      ...(ids.length > 0 ? { "aria-describedby": ids.join(" ") } : {}),
    };
  }

  function fieldError(field: string) {
    return <FieldError id={`user-${field}-error`} label={labels[field] ?? field} messages={errors.fields[field]} />;
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title>{user ? `Edit user ${user.username}` : "New user"}</Dialog.Title>
          <Dialog.Description className="muted">
            {controls.change ?? (user ? "Leave the password empty to keep the current one." : "The user signs in with this name and password.")}
          </Dialog.Description>
          <form onSubmit={submit} noValidate>
            <fieldset disabled={locked} className="plain-fieldset">
              <label htmlFor="user-username">Username</label>
              <input id="user-username" autoComplete="off" value={form.username} onChange={(e) => change("username", e.target.value)} {...described("username")} />
              {fieldError("username")}

              <label htmlFor="user-password">{user ? "New password" : "Password"}</label>
              <input id="user-password" type="password" autoComplete="new-password" value={form.password}
                placeholder={user ? "Unchanged" : ""} onChange={(e) => change("password", e.target.value)} {...described("password", "user-password-rule")} />
              <p id="user-password-rule" className="muted hint">{passwordRule}{user ? " Setting one signs the user out everywhere." : ""}</p>
              {fieldError("password")}

              <div className="user-names">
                <div>
                  <label htmlFor="user-email">E-mail</label>
                  <input id="user-email" type="email" value={form.email} onChange={(e) => change("email", e.target.value)} {...described("email")} />
                  {fieldError("email")}
                </div>
                <div>
                  <label htmlFor="user-full-name">Full name</label>
                  <input id="user-full-name" value={form.full_name} onChange={(e) => change("full_name", e.target.value)} {...described("full_name")} />
                  {fieldError("full_name")}
                </div>
              </div>

              {rolesProblem ? (
                <p role="alert" className="error">{rolesProblem}</p>
              ) : (
                <RoleChecklist roles={roles} value={form.role_ids} onChange={(ids) => change("role_ids", ids)} refused={controls.roles}
                  describedBy={errors.fields["role_ids"] ? "user-role_ids-error" : undefined} />
              )}
              {fieldError("role_ids")}

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

            {errors.general && <p role="alert" className="error">{errors.general}</p>}
            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">{locked ? "Close" : "Cancel"}</button></Dialog.Close>
              {!locked && <button type="submit" className="primary" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save"}</button>}
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
