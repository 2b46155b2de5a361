import { useRef, useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { FieldError } from "../datasources/FieldError";
import { ApiChecklist } from "../shell/ApiChecklist";
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

const labels: Record<string, string> = {
  name: "Name", description: "Description", rate_limit_per_minute: "Rate limit per minute", max_concurrent: "Max concurrent calls",
  token_expire_seconds: "Token lifetime (seconds)", is_active: "Active", api_ids: "APIs", group_ids: "Groups",
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

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(requestBody(form, editing));
  }

  function describedBy(field: string, hint = false): string | undefined {
    const ids = [hint ? `client-${field}-hint` : null, fieldErrors[field] ? `client-${field}-error` : null].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(" ") : undefined;
  }

  function fieldError(field: string) {
    return <FieldError id={`client-${field}-error`} label={labels[field] ?? field} messages={fieldErrors[field]} />;
  }

  function limitInput(field: LimitField) {
    const id = `client-${field}`;
    return (
      <div>
        <label htmlFor={id}>{labels[field]}</label>
        <input id={id} inputMode="numeric" value={form[field]} onChange={(e) => change(field, e.target.value)}
          aria-invalid={fieldErrors[field] ? true : undefined} aria-describedby={describedBy(field, true)} />
        <p id={`${id}-hint`} className="muted field-hint">{hints[field]}</p>
        {fieldError(field)}
      </div>
    );
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide client-dialog"
          onOpenAutoFocus={(e) => { e.preventDefault(); nameField.current?.focus(); }}>
          <Dialog.Title>{editing ? `Edit client ${client.name}` : "New client"}</Dialog.Title>
          <Dialog.Description className="muted">
            {editing ? "Grants take effect on the gateway at once." : "The secret is shown once, after you save."}
          </Dialog.Description>
          <form onSubmit={submit} noValidate>
            {editing && (
              <>
                <label htmlFor="client-client-id">Client ID</label>
                <input id="client-client-id" readOnly value={client.client_id ?? ""} />
              </>
            )}
            <label htmlFor="client-name">Name</label>
            <input id="client-name" ref={nameField} value={form.name} onChange={(e) => change("name", e.target.value)}
              aria-invalid={fieldErrors["name"] ? true : undefined} aria-describedby={describedBy("name")} />
            {fieldError("name")}

            <label htmlFor="client-description">Description</label>
            <textarea id="client-description" rows={2} value={form.description} onChange={(e) => change("description", e.target.value)}
              aria-invalid={fieldErrors["description"] ? true : undefined} aria-describedby={describedBy("description")} />
            {fieldError("description")}

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
                <ApiChecklist selected={form.api_ids} onChange={(ids) => change("api_ids", ids)} describedBy={describedBy("api_ids")} />
                {fieldError("api_ids")}
                <GroupChecklist selected={form.group_ids} onChange={(ids) => change("group_ids", ids)} describedBy={describedBy("group_ids")} />
                {fieldError("group_ids")}
              </>
            )}

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
