import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { ApiError, errorMessage } from "../api/problem";
import { useCurrentUser } from "../auth/session";
import { FieldError } from "../shell/FieldError";
import { FormField } from "../shell/FormField";
import { RecordDialog } from "../shell/RecordDialog";
import { ConnectionResult } from "./ConnectionResult";
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

  function submit() {
    test.reset();
    save.mutate(requestBody(form, editing));
  }

  const connection = test.data ?? (!dirty ? save.data?.connection : undefined);

  return (
    <RecordDialog title={editing ? `Edit datasource ${saved.name}` : "New datasource"} className="dialog-wide"
      description={editing && saved.has_password ? "Leave the password empty to keep the saved one." : "The connection is tested when you save."}
      onSubmit={submit} onClose={onClose} pending={save.isPending} refusal={general} canSave={canSave} closeLabel="Close"
      status={
        <>
          {save.isSuccess && !dirty && <p role="status">Saved.</p>}
          {connection && <ConnectionResult result={connection} />}
        </>
      }
      actions={canTest && (
        <button type="button" onClick={() => { save.reset(); test.mutate(); }} disabled={test.isPending}>
          {test.isPending ? "Testing…" : "Test connection"}
        </button>
      )}>
      <FormField id="ds-name" label="Name" errors={fieldErrors["name"]}>
        {(control) => <input {...control} value={form.name} onChange={(e) => change("name", e.target.value)} />}
      </FormField>

      <FormField id="ds-product-type" label="Product type" errors={fieldErrors["product_type"]}>
        {(control) => (
          <select {...control} value={form.product_type} onChange={(e) => change("product_type", e.target.value as ProductType)}>
            {productTypes.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        )}
      </FormField>

      {shown.has("host") && (
        <FormField id="ds-host" label="Host" errors={fieldErrors["host"]}>
          {(control) => <input {...control} value={form.host} onChange={(e) => change("host", e.target.value)} />}
        </FormField>
      )}
      {shown.has("port") && (
        <FormField id="ds-port" label="Port" errors={fieldErrors["port"]}>
          {(control) => <input {...control} inputMode="numeric" value={form.port} onChange={(e) => change("port", e.target.value)} />}
        </FormField>
      )}
      <FormField id="ds-database" label={databaseLabel(form.product_type)} errorLabel="Database" errors={fieldErrors["database"]}>
        {(control) => <input {...control} value={form.database} onChange={(e) => change("database", e.target.value)} />}
      </FormField>
      {shown.has("username") && (
        <FormField id="ds-username" label="Username" errors={fieldErrors["username"]}>
          {(control) => <input {...control} autoComplete="off" value={form.username} onChange={(e) => change("username", e.target.value)} />}
        </FormField>
      )}
      {shown.has("password") && (
        <FormField id="ds-password" label="Password" errors={fieldErrors["password"]}>
          {(control) => (
            <input {...control} type="password" autoComplete="new-password" value={form.password}
              placeholder={editing && saved.has_password ? "Unchanged" : ""} onChange={(e) => change("password", e.target.value)} />
          )}
        </FormField>
      )}

      <OptionRows rows={form.options} onChange={(rows) => change("options", rows)} describedBy={fieldErrors["options"] ? "ds-options-error" : undefined} />
      <FieldError id="ds-options-error" label="Options" messages={fieldErrors["options"]} />

      <FormField id="ds-description" label="Description" errors={fieldErrors["description"]}>
        {(control) => <textarea {...control} rows={2} value={form.description} onChange={(e) => change("description", e.target.value)} />}
      </FormField>

      <label className="checkbox">
        <input type="checkbox" checked={form.is_active} onChange={(e) => change("is_active", e.target.checked)} /> Active
      </label>
    </RecordDialog>
  );
}
