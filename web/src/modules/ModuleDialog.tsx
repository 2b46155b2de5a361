import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { FieldError } from "../shell/FieldError";
import { FormField } from "../shell/FormField";
import { RecordDialog } from "../shell/RecordDialog";
import { emptyModuleForm, moduleFormErrors, moduleFormOf, moduleRequest, type Module, type ModuleForm } from "./moduleForm";
import { modulesKey } from "./queries";

interface Props {
  /** The module to edit; absent to create one. */
  module?: Module;
  onClose: () => void;
}

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

  function submit() {
    const errors = moduleFormErrors(form);
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) save.mutate(moduleRequest(form));
  }

  return (
    <RecordDialog title={module ? `Edit module ${module.name}` : "New module"}
      description="A module groups APIs; its macros are visible to its APIs only."
      onSubmit={submit} onClose={onClose} pending={save.isPending} refusal={general}>
      <FormField id="module-name" label="Name" errors={fieldErrors["name"]}>
        {(control) => <input {...control} value={form.name} onChange={(e) => change("name", e.target.value)} />}
      </FormField>

      <FormField id="module-description" label="Description" errors={fieldErrors["description"]}>
        {(control) => <textarea {...control} rows={2} value={form.description} onChange={(e) => change("description", e.target.value)} />}
      </FormField>

      <FormField id="module-sort-order" label="Sort order" errors={fieldErrors["sort_order"]}>
        {(control) => <input {...control} inputMode="numeric" value={form.sort_order} onChange={(e) => change("sort_order", e.target.value)} />}
      </FormField>

      <label className="checkbox">
        <input type="checkbox" checked={form.is_active} onChange={(e) => change("is_active", e.target.checked)} /> Active
      </label>
      <FieldError id="module-is_active-error" label="Active" messages={fieldErrors["is_active"]} />
    </RecordDialog>
  );
}
