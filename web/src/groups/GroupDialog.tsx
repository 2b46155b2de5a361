import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { ApiChecklist } from "../shell/ApiChecklist";
import { FieldError } from "../shell/FieldError";
import { FormField } from "../shell/FormField";
import { RecordDialog } from "../shell/RecordDialog";
import { emptyForm, formOf, requestBody, type Group, type GroupForm } from "./groupForm";
import { groupsKey } from "./queries";

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

  return (
    <RecordDialog title={group ? `Edit group ${group.name}` : "New group"} className="dialog-wide"
      description="A client granted this group may call every API in it."
      onSubmit={() => save.mutate(requestBody(form))} onClose={onClose} pending={save.isPending} refusal={general}>
      <FormField id="group-name" label="Name" errors={fieldErrors["name"]}>
        {(control) => <input {...control} value={form.name} onChange={(e) => change("name", e.target.value)} />}
      </FormField>

      <FormField id="group-description" label="Description" errors={fieldErrors["description"]}>
        {(control) => <textarea {...control} rows={2} value={form.description} onChange={(e) => change("description", e.target.value)} />}
      </FormField>

      <label className="checkbox">
        <input type="checkbox" checked={form.is_active} onChange={(e) => change("is_active", e.target.checked)} /> Active
      </label>

      <ApiChecklist selected={form.api_ids} onChange={(ids) => change("api_ids", ids)}
        describedBy={fieldErrors["api_ids"] ? "group-api_ids-error" : undefined} />
      <FieldError id="group-api_ids-error" label="APIs" messages={fieldErrors["api_ids"]} />
    </RecordDialog>
  );
}
