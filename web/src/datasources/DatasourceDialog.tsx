import { useState, type FormEvent } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { ConnectionResult } from "./ConnectionResult";
import { FieldError } from "./FieldError";
import { OptionRows } from "./OptionRows";
import {
  databaseLabel, emptyForm, fieldsFor, formOf, productTypes, requestBody,
  type ConnectionTest, type Datasource, type DatasourceForm, type ProductType,
} from "./datasourceForm";
import { datasourcesKey } from "./queries";

interface Props {
  /** The datasource to edit; absent to create one. */
  datasource?: Datasource;
  onClose: () => void;
}

const labels: Record<string, string> = {
  name: "Name", product_type: "Product type", host: "Host", port: "Port", database: "Database",
  username: "Username", password: "Password", options: "Options", description: "Description", is_active: "Active",
};

/** Creates or edits a datasource; shows the server's reasons next to each field and the connection
 * test of the saved settings. After a create it stays open, editing what was saved. */
export function DatasourceDialog({ datasource, onClose }: Props) {
  const api = useApi();
  const queries = useQueryClient();
  const { can } = useCurrentUser();
  const [saved, setSaved] = useState<Datasource | undefined>(datasource);
  const [form, setForm] = useState<DatasourceForm>(() => (datasource ? formOf(datasource) : emptyForm()));
  const [dirty, setDirty] = useState(false);
  const editing = saved !== undefined;

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof requestBody>) =>
      saved ? api.patch<Datasource>(`/api/v1/datasources/${saved.id}`, body) : api.post<Datasource>("/api/v1/datasources", body),
    onSuccess: (answer) => {
      setSaved(answer);
      setForm({ ...formOf(answer) });
      setDirty(false);
      test.reset();
      void queries.invalidateQueries({ queryKey: datasourcesKey });
    },
  });
  // The saved settings are tested by id (with the stored password); edited ones as sent.
  const test = useMutation({
    mutationFn: () =>
      saved && !dirty
        ? api.post<ConnectionTest>(`/api/v1/datasources/${saved.id}/test`)
        : api.post<ConnectionTest>("/api/v1/datasources/test", requestBody(form, editing)),
    // A test by id records the health the list shows.
    onSettled: () => queries.invalidateQueries({ queryKey: datasourcesKey }),
  });

  const failure = save.error ?? test.error;
  const fieldErrors = failure instanceof ApiError ? failure.fieldErrors : {};
  const general = failure && Object.keys(fieldErrors).length === 0 ? errorMessage(failure) : null;
  const canSave = editing ? can("datasource", "update", saved.id) : can("datasource", "create");
  const canTest = saved && !dirty ? can("datasource", "execute", saved.id) : can("datasource", "create");
  const shown = new Set(fieldsFor(form.product_type));

  function change<K extends keyof DatasourceForm>(key: K, value: DatasourceForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
    setDirty(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    test.reset();
    save.mutate(requestBody(form, editing));
  }

  function errorProps(field: string) {
    return fieldErrors[field] ? { "aria-invalid": true, "aria-describedby": `ds-${field}-error` } : {};
  }

  function fieldError(field: string) {
    return <FieldError id={`ds-${field}-error`} label={labels[field] ?? field} messages={fieldErrors[field]} />;
  }

  const connection = test.data ?? (!dirty ? save.data?.connection : undefined);

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title>{editing ? `Edit datasource ${saved.name}` : "New datasource"}</Dialog.Title>
          <Dialog.Description className="muted">
            {editing && saved.has_password ? "Leave the password empty to keep the saved one." : "The connection is tested when you save."}
          </Dialog.Description>
          <form onSubmit={submit} noValidate>
            <label htmlFor="ds-name">Name</label>
            <input id="ds-name" value={form.name} onChange={(e) => change("name", e.target.value)} {...errorProps("name")} />
            {fieldError("name")}

            <label htmlFor="ds-product-type">Product type</label>
            <select id="ds-product-type" value={form.product_type} onChange={(e) => change("product_type", e.target.value as ProductType)} {...errorProps("product_type")}>
              {productTypes.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
            </select>
            {fieldError("product_type")}

            {shown.has("host") && (
              <>
                <label htmlFor="ds-host">Host</label>
                <input id="ds-host" value={form.host} onChange={(e) => change("host", e.target.value)} {...errorProps("host")} />
                {fieldError("host")}
              </>
            )}
            {shown.has("port") && (
              <>
                <label htmlFor="ds-port">Port</label>
                <input id="ds-port" inputMode="numeric" value={form.port} onChange={(e) => change("port", e.target.value)} {...errorProps("port")} />
                {fieldError("port")}
              </>
            )}
            <label htmlFor="ds-database">{databaseLabel(form.product_type)}</label>
            <input id="ds-database" value={form.database} onChange={(e) => change("database", e.target.value)} {...errorProps("database")} />
            {fieldError("database")}
            {shown.has("username") && (
              <>
                <label htmlFor="ds-username">Username</label>
                <input id="ds-username" autoComplete="off" value={form.username} onChange={(e) => change("username", e.target.value)} {...errorProps("username")} />
                {fieldError("username")}
              </>
            )}
            {shown.has("password") && (
              <>
                <label htmlFor="ds-password">Password</label>
                <input id="ds-password" type="password" autoComplete="new-password" value={form.password}
                  placeholder={editing && saved.has_password ? "Unchanged" : ""}
                  onChange={(e) => change("password", e.target.value)} {...errorProps("password")} />
                {fieldError("password")}
              </>
            )}

            <OptionRows rows={form.options} onChange={(rows) => change("options", rows)} describedBy={fieldErrors["options"] ? "ds-options-error" : undefined} />
            {fieldError("options")}

            <label htmlFor="ds-description">Description</label>
            <textarea id="ds-description" rows={2} value={form.description} onChange={(e) => change("description", e.target.value)} {...errorProps("description")} />
            {fieldError("description")}

            <label className="checkbox">
              <input type="checkbox" checked={form.is_active} onChange={(e) => change("is_active", e.target.checked)} /> Active
            </label>

            {general && <p role="alert" className="error">{general}</p>}
            {save.isSuccess && !dirty && <p role="status">Saved.</p>}
            {connection && <ConnectionResult result={connection} />}
            <div className="dialog-actions">
              <Dialog.Close asChild><button type="button">Close</button></Dialog.Close>
              {canTest && (
                <button type="button" onClick={() => { save.reset(); test.mutate(); }} disabled={test.isPending}>
                  {test.isPending ? "Testing…" : "Test connection"}
                </button>
              )}
              {canSave && <button type="submit" className="primary" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save"}</button>}
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
