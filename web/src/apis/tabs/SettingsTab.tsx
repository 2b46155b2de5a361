import type { ReactNode } from "react";
import { FieldError } from "../../shell/FieldError";
import { useModuleChoices } from "../choices";
import type { ApiDraft } from "../model";
import { useDatasourceChoices } from "../queries";
import { IdentifierRows } from "../settings/IdentifierRows";
import { gatewayUrl } from "../settings/gatewayUrl";
import { withEngine } from "../scriptStarter";
import type { EditorTabProps } from "./EditorTabProps";

const methods: ApiDraft["http_method"][] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const productNames: Record<string, string> = { postgres: "PostgreSQL", mysql: "MySQL / MariaDB", sqlite: "SQLite", duckdb: "DuckDB" };

const labels: Record<string, string> = {
  name: "Name", path: "Path", http_method: "Method", execute_engine: "Engine", datasource_id: "Datasource", module_id: "Module",
  access_type: "Access", rate_limit_per_minute: "Rate limit", statement_timeout_seconds: "Statement timeout", pagination: "Pagination",
  identifiers: "Identifiers", description: "Description", result_transform: "Result transform",
};

function optionalNumber(text: string): number | null {
  return text.trim() === "" ? null : Number(text);
}

/** The API editor's Settings tab: name, path, method, engine (SQL or script), datasource, module, access, limits, pagination,
 * identifiers, result transform, description. */
export function SettingsTab({ draft, change, saveError, readOnly }: EditorTabProps) {
  const datasources = useDatasourceChoices();
  const modules = useModuleChoices();
  const fieldErrors = saveError?.fieldErrors ?? {};
  const set = <K extends keyof ApiDraft>(key: K, value: ApiDraft[K]) => change((d) => ({ ...d, [key]: value }));
  const errorId = (field: string) => `api-${field}-error`;
  const errorProps = (field: string) => (fieldErrors[field] ? { "aria-invalid": true as const, "aria-describedby": errorId(field) } : {});
  const fieldError = (field: string) => <FieldError id={errorId(field)} label={labels[field] ?? field} messages={fieldErrors[field]} />;
  const field = (id: string, label: string, control: ReactNode, errorField: string, hint?: ReactNode) => (
    <div>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && <p className="hint muted">{hint}</p>}
      {fieldError(errorField)}
    </div>
  );

  const datasourceList = datasources.data?.data ?? [];
  const moduleList = modules.data?.data ?? [];
  const knownModule = draft.module_id === null || moduleList.some((m) => String(m.id) === String(draft.module_id));
  const knownDatasource = draft.datasource_id === null || datasourceList.some((d) => String(d.id) === String(draft.datasource_id));

  return (
    <form className="settings-form" onSubmit={(e) => e.preventDefault()} noValidate aria-label="Settings">
      {field("api-name", "Name",
        <input id="api-name" value={draft.name} readOnly={readOnly} onChange={(e) => set("name", e.target.value)} {...errorProps("name")} />, "name")}

      {field("api-path", "Path",
        <input id="api-path" value={draft.path} readOnly={readOnly} spellCheck={false} placeholder="products/{id}"
          onChange={(e) => set("path", e.target.value)} {...errorProps("path")} />, "path",
        <>Served at <code>{gatewayUrl(window.location.origin, draft.path)}</code></>)}

      <div className="field-row">
        {field("api-method", "Method",
          <select id="api-method" value={draft.http_method} disabled={readOnly}
            onChange={(e) => set("http_method", e.target.value as ApiDraft["http_method"])} {...errorProps("http_method")}>
            {methods.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>, "http_method")}
        {field("api-engine", "Engine",
          <select id="api-engine" value={draft.execute_engine} disabled={readOnly} aria-describedby="api-engine-hint"
            onChange={(e) => change((d) => withEngine(d, e.target.value as ApiDraft["execute_engine"]))} {...errorProps("execute_engine")}>
            <option value="sql">SQL</option>
            <option value="script">Script (JavaScript)</option>
          </select>, "execute_engine",
          <span id="api-engine-hint">
            {draft.execute_engine === "script" ? <>The editor holds JavaScript whose <code>execute(params)</code> returns the data.</> : "The editor holds a SQL template."}
          </span>)}
        {field("api-access", "Access",
          <select id="api-access" value={draft.access_type} disabled={readOnly}
            onChange={(e) => set("access_type", e.target.value as ApiDraft["access_type"])} {...errorProps("access_type")}>
            <option value="private">Private</option>
            <option value="public">Public</option>
          </select>, "access_type", draft.access_type === "public" ? "Anyone may call it." : "Callers need a client token.")}
      </div>

      <div className="field-row">
        {field("api-datasource", "Datasource",
          <select id="api-datasource" value={draft.datasource_id ?? ""} disabled={readOnly}
            onChange={(e) => set("datasource_id", optionalNumber(e.target.value))} {...errorProps("datasource_id")}>
            <option value="">{draft.execute_engine === "script" ? "No datasource" : "Choose a datasource"}</option>
            {!knownDatasource && <option value={draft.datasource_id ?? ""}>Datasource {draft.datasource_id}</option>}
            {datasourceList.map((d) => (
              <option key={d.id} value={d.id}>{d.name} ({productNames[d.product_type ?? ""] ?? d.product_type})</option>
            ))}
          </select>, "datasource_id", datasources.error ? "The datasources could not be listed."
            : draft.execute_engine === "script" ? <>Optional for a script: the database <code>db</code> runs on.</> : undefined)}
        {field("api-module", "Module",
          <select id="api-module" value={draft.module_id ?? ""} disabled={readOnly}
            onChange={(e) => set("module_id", optionalNumber(e.target.value))} {...errorProps("module_id")}>
            <option value="">No module</option>
            {!knownModule && <option value={draft.module_id ?? ""}>Module {draft.module_id}</option>}
            {moduleList.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>, "module_id")}
      </div>

      <div className="field-row">
        {field("api-rate-limit", "Rate limit per minute",
          <input id="api-rate-limit" type="number" min={0} step={1} value={draft.rate_limit_per_minute} readOnly={readOnly}
            onChange={(e) => set("rate_limit_per_minute", optionalNumber(e.target.value) ?? 0)} {...errorProps("rate_limit_per_minute")} />,
          "rate_limit_per_minute", "Calls per minute per client; 0 is unlimited.")}
        {field("api-timeout", "Statement timeout (seconds)",
          <input id="api-timeout" type="number" min={1} max={86400} step={1} value={draft.statement_timeout_seconds ?? ""} readOnly={readOnly}
            placeholder="server default" onChange={(e) => set("statement_timeout_seconds", optionalNumber(e.target.value))}
            {...errorProps("statement_timeout_seconds")} />,
          "statement_timeout_seconds", "1 to 86400; empty uses the server's default.")}
      </div>

      <label className="checkbox">
        <input type="checkbox" checked={draft.pagination} disabled={readOnly} onChange={(e) => set("pagination", e.target.checked)} />
        <span>Paginate rows with <code>?page=&amp;page_size=</code> (the SQL must not end with its own LIMIT)</span>
      </label>
      {fieldError("pagination")}

      <IdentifierRows identifiers={draft.identifiers} readOnly={readOnly} onChange={(identifiers) => set("identifiers", identifiers)}
        describedBy={fieldErrors["identifiers"] ? errorId("identifiers") : undefined} />
      {fieldError("identifiers")}

      {field("api-result-transform", "Result transform",
        <textarea id="api-result-transform" className="script-input" rows={4} value={draft.result_transform ?? ""} readOnly={readOnly} spellCheck={false}
          placeholder="(rows, params) => rows.map((row) => row.id)"
          onChange={(e) => set("result_transform", e.target.value.trim() === "" ? null : e.target.value)} {...errorProps("result_transform")} />,
        "result_transform",
        <>Optional JavaScript: <code>{"(rows, params) => …"}</code> or <code>{"function transform(rows, params) { … }"}</code>; its answer
          becomes the data. A transformed API buffers its rows instead of streaming them.</>)}

      {field("api-description", "Description",
        <textarea id="api-description" rows={3} value={draft.description ?? ""} readOnly={readOnly}
          onChange={(e) => set("description", e.target.value === "" ? null : e.target.value)} {...errorProps("description")} />,
        "description", "Shown to consumers in /api/openapi.json.")}
    </form>
  );
}
