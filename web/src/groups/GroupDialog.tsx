import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { FieldError } from "../datasources/FieldError";
import { ApiChecklist } from "../shell/ApiChecklist";
import { emptyForm, formOf, requestBody, type Group, type GroupForm } from "./groupForm";
import { groupsKey } from "./queries";

const labels: Record<string, string> = { name: "Name", description: "Description", is_active: "Active", api_ids: "APIs" };

/** Creates or edits a group: its name, description and the APIs its clients may call. */
export function GroupDialog({ group, onClose }: { group?: Group; onClose: () => void }) {
  const api = useApi();
  const queries = useQueryClient();
  const [form, setForm] = useState<GroupForm>(() => (group ? formOf(group) : emptyForm()));
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof requestBody>) =>
      group ? api.patch<Group>(`/api/v1/groups/${group.id}`, body) : api.post<Group>("/api/v1/groups", body),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: groupsKey });
      onClose();
    },
  });

  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const general = save.error && Object.keys(fieldErrors).length === 0 ? errorMessage(save.error) : null;

  function change<K extends keyof GroupForm>(key: K, value: GroupForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(requestBody(form));
  }

  function errorProps(field: string) {
    return fieldErrors[field] ? { "aria-invalid": true, "aria-describedby": `group-${field}-error` } : {};
  }

  function fieldError(field: string) {
    return <FieldError id={`group-${field}-error`} label={labels[field] ?? field} messages={fieldErrors[field]} />;
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title>{group ? `Edit group ${group.name}` : "New group"}</Dialog.Title>
          <Dialog.Description className="muted">A client granted this group may call every API in it.</Dialog.Description>
          <form onSubmit={submit} noValidate>
            <label htmlFor="group-name">Name</label>
            <input id="group-name" value={form.name} onChange={(e) => change("name", e.target.value)} {...errorProps("name")} />
            {fieldError("name")}

            <label htmlFor="group-description">Description</label>
            <textarea id="group-description" rows={2} value={form.description} onChange={(e) => change("description", e.target.value)} {...errorProps("description")} />
            {fieldError("description")}

            <label className="checkbox">
              <input type="checkbox" checked={form.is_active} onChange={(e) => change("is_active", e.target.checked)} /> Active
            </label>

            <ApiChecklist selected={form.api_ids} onChange={(ids) => change("api_ids", ids)}
              describedBy={fieldErrors["api_ids"] ? "group-api_ids-error" : undefined} />
            {fieldError("api_ids")}

            {general && <p role="alert" className="error">{general}</p>}
            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">Cancel</button></Dialog.Close>
              <button type="submit" className="primary" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save"}</button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
