import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { FieldError } from "../datasources/FieldError";
import { emptyModuleForm, moduleFormErrors, moduleFormOf, moduleRequest, type Module, type ModuleForm } from "./moduleForm";
import { modulesKey } from "./queries";

interface Props {
  /** The module to edit; absent to create one. */
  module?: Module;
  onClose: () => void;
}

const labels: Record<string, string> = { name: "Name", description: "Description", sort_order: "Sort order", is_active: "Active" };

/** Creates or edits a module; the server's reasons appear next to each field, and it closes once saved. */
export function ModuleDialog({ module, onClose }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const [form, setForm] = useState<ModuleForm>(() => (module ? moduleFormOf(module) : emptyModuleForm()));
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof moduleRequest>) =>
      module ? api.patch<Module>(`/api/v1/modules/${module.id}`, body) : api.post<Module>("/api/v1/modules", body),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: modulesKey });
      onClose();
    },
  });

  const serverErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const fieldErrors = Object.keys(localErrors).length > 0 ? localErrors : serverErrors;
  const general = save.error && Object.keys(serverErrors).length === 0 ? errorMessage(save.error) : null;

  function change<K extends keyof ModuleForm>(key: K, value: ModuleForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = moduleFormErrors(form);
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) save.mutate(moduleRequest(form));
  }

  function errorProps(field: string) {
    return fieldErrors[field] ? { "aria-invalid": true, "aria-describedby": `module-${field}-error` } : {};
  }

  function fieldError(field: string) {
    return <FieldError id={`module-${field}-error`} label={labels[field] ?? field} messages={fieldErrors[field]} />;
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>{module ? `Edit module ${module.name}` : "New module"}</Dialog.Title>
          <Dialog.Description className="muted">A module groups APIs; its macros are visible to its APIs only.</Dialog.Description>
          <form onSubmit={submit} noValidate>
            <label htmlFor="module-name">Name</label>
            <input id="module-name" value={form.name} onChange={(e) => change("name", e.target.value)} {...errorProps("name")} />
            {fieldError("name")}

            <label htmlFor="module-description">Description</label>
            <textarea id="module-description" rows={2} value={form.description} onChange={(e) => change("description", e.target.value)} {...errorProps("description")} />
            {fieldError("description")}

            <label htmlFor="module-sort-order">Sort order</label>
            <input id="module-sort-order" inputMode="numeric" value={form.sort_order} onChange={(e) => change("sort_order", e.target.value)} {...errorProps("sort_order")} />
            {fieldError("sort_order")}

            <label className="checkbox">
              <input type="checkbox" checked={form.is_active} onChange={(e) => change("is_active", e.target.checked)} /> Active
            </label>
            {fieldError("is_active")}

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
