import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/ApiContext";
import { useCurrentUser } from "../auth/session";
import { ListState } from "../shell/ListState";
import type { components } from "../api/schema";
import { DatasourceDialog } from "./DatasourceDialog";
import { DatasourceRow } from "./DatasourceRow";
import { DeleteDatasourceDialog } from "./DeleteDatasourceDialog";
import { SchemaBrowser } from "./SchemaBrowser";
import type { Datasource } from "./datasourceForm";
import { datasourcesKey } from "./queries";
import "./datasources.css";

type DatasourceList = components["schemas"]["ListResponseOfDatasourceResponse"];

/** What is open over the list: the editor (a datasource, or "new") or the delete confirmation. */
type Panel = { kind: "edit"; datasource?: Datasource } | { kind: "delete"; datasource: Datasource } | null;

/** `/datasources`: the list with health, the editor, the connection test and the schema browser. */
export function DatasourcesPage() {
  const api = useApi();
  const { can } = useCurrentUser();
  const [panel, setPanel] = useState<Panel>(null);
  const [schemaOf, setSchemaOf] = useState<Datasource | null>(null);
  const list = useQuery({
    queryKey: datasourcesKey,
    queryFn: () => api.get<DatasourceList>("/api/v1/datasources?page_size=500"),
  });
  const rows = list.data?.data ?? [];
  return (
    <section>
      <div className="section-header">
        <h1>Datasources</h1>
        {can("datasource", "create") && (
          <button type="button" className="primary" onClick={() => setPanel({ kind: "edit" })}>New datasource</button>
        )}
      </div>
      <ListState list={list} shown={rows.length} empty="No datasources yet." />
      {rows.length > 0 && (
        <table className="datasources" aria-label="Datasources">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Type</th><th scope="col">Host / database</th>
              <th scope="col">Active</th><th scope="col">Health</th><th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((datasource) => (
              <DatasourceRow key={datasource.id} datasource={datasource}
                onSchema={() => setSchemaOf(datasource)}
                onEdit={() => setPanel({ kind: "edit", datasource })}
                onDelete={() => setPanel({ kind: "delete", datasource })} />
            ))}
          </tbody>
        </table>
      )}
      {schemaOf && <SchemaBrowser key={schemaOf.id} datasource={schemaOf} onClose={() => setSchemaOf(null)} />}
      {panel?.kind === "edit" && <DatasourceDialog datasource={panel.datasource} onClose={() => setPanel(null)} />}
      {panel?.kind === "delete" && (
        <DeleteDatasourceDialog datasource={panel.datasource} onClose={() => {
          if (schemaOf?.id === panel.datasource.id) setSchemaOf(null);
          setPanel(null);
        }} />
      )}
    </section>
  );
}
