import { useRef, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { ApiChecklist } from "../shell/ApiChecklist";
import { FieldError } from "../shell/FieldError";
import { FormField } from "../shell/FormField";
import { RecordDialog } from "../shell/RecordDialog";
import { GroupChecklist } from "./GroupChecklist";
import {
  emptyForm, formOf, issuedSecret, requestBody, withoutSecret,
  type Client, type ClientForm, type IssuedSecret, type LimitField,
} from "./clientForm";
import { clientsKey } from "./queries";

interface Props {
  /** The client to edit; absent to create one. */
  client?: Client;
  onClose: () => void;
  /** After a create: the once-only secret, for the page to show. */
  onCreated: (secret: IssuedSecret) => void;
}

const labels: Record<LimitField, string> = {
  rate_limit_per_minute: "Rate limit per minute", max_concurrent: "Max concurrent calls", token_expire_seconds: "Token lifetime (seconds)",
};

const hints: Record<LimitField, string> = {
  rate_limit_per_minute: "Gateway calls per minute. Empty: the server's default; 0: unlimited.",
  max_concurrent: "Calls running at once. Empty: the server's default; 0: unlimited.",
  token_expire_seconds: "From 60 to 86400. Empty: the server's default.",
};

/** Creates a client (then hands its secret to the page) or edits one, with its API and group
 * grants; the server's reasons appear next to each field. */
export function ClientDialog({ client, onClose, onCreated }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const [form, setForm] = useState<ClientForm>(() => (client ? formOf(client) : emptyForm()));
  const editing = client !== undefined;
  const nameField = useRef<HTMLInputElement>(null);

  const save = useMutation({
    // The secret goes straight to the page and is dropped here, so no mutation state holds it.
    mutationFn: async (body: ReturnType<typeof requestBody>) => {
      if (client) return api.patch<Client>(`/api/v1/clients/${client.id}`, body);
      const answer = await api.post<Client>("/api/v1/clients", body);
      const secret = issuedSecret(answer);
      if (secret) onCreated(secret);
      return withoutSecret(answer);
    },
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: clientsKey });
      onClose();
    },
  });

  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const general = save.error && Object.keys(fieldErrors).length === 0 ? errorMessage(save.error) : null;

  function change<K extends keyof ClientForm>(key: K, value: ClientForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function limitInput(field: LimitField) {
    return (
      <div>
        <FormField id={`client-${field}`} label={labels[field]} errors={fieldErrors[field]} hint={hints[field]}>
          {(control) => <input {...control} inputMode="numeric" value={form[field]} onChange={(e) => change(field, e.target.value)} />}
        </FormField>
      </div>
    );
  }

  return (
    <RecordDialog title={editing ? `Edit client ${client.name}` : "New client"} className="dialog-wide client-dialog"
      description={editing ? "Grants take effect on the gateway at once." : "The secret is shown once, after you save."}
      onOpenAutoFocus={(e) => { e.preventDefault(); nameField.current?.focus(); }}
      onSubmit={() => save.mutate(requestBody(form, editing))} onClose={onClose} pending={save.isPending} refusal={general}>
      {editing && (
        <>
          <label htmlFor="client-client-id">Client ID</label>
          <input id="client-client-id" readOnly value={client.client_id ?? ""} />
        </>
      )}
      <FormField id="client-name" label="Name" errors={fieldErrors["name"]}>
        {(control) => <input {...control} ref={nameField} value={form.name} onChange={(e) => change("name", e.target.value)} />}
      </FormField>

      <FormField id="client-description" label="Description" errors={fieldErrors["description"]}>
        {(control) => <textarea {...control} rows={2} value={form.description} onChange={(e) => change("description", e.target.value)} />}
      </FormField>

      <div className="client-limits">
        {limitInput("rate_limit_per_minute")}
        {limitInput("max_concurrent")}
        {limitInput("token_expire_seconds")}
      </div>

      <label className="checkbox">
        <input type="checkbox" checked={form.is_active} onChange={(e) => change("is_active", e.target.checked)} /> Active
      </label>

      {editing && (
        <>
          <ApiChecklist selected={form.api_ids} onChange={(ids) => change("api_ids", ids)}
            describedBy={fieldErrors["api_ids"] ? "client-api_ids-error" : undefined} />
          <FieldError id="client-api_ids-error" label="APIs" messages={fieldErrors["api_ids"]} />
          <GroupChecklist selected={form.group_ids} onChange={(ids) => change("group_ids", ids)}
            describedBy={fieldErrors["group_ids"] ? "client-group_ids-error" : undefined} />
          <FieldError id="client-group_ids-error" label="Groups" messages={fieldErrors["group_ids"]} />
        </>
      )}
    </RecordDialog>
  );
}
