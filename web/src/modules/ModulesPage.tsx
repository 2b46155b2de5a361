import { useState } from "react";
import { useCurrentUser } from "../auth/session";
import { ListState } from "../shell/ListState";
import { DeleteModuleDialog } from "./DeleteModuleDialog";
import { ModuleDialog } from "./ModuleDialog";
import { ModuleRow } from "./ModuleRow";
import type { Module } from "./moduleForm";
import { useModules } from "./queries";

/** What is open over the list: the editor (a module, or a new one) or the delete confirmation. */
type Panel = { kind: "edit"; module?: Module } | { kind: "delete"; module: Module } | null;

/** `/modules`: the modules with how many APIs each holds, the editor and delete. */
export function ModulesPage() {
  const { can } = useCurrentUser();
  const [panel, setPanel] = useState<Panel>(null);
  const list = useModules();
  const rows = list.data?.data ?? [];

  return (
    <section>
      <div className="section-header">
        <h1>Modules</h1>
        {can("module", "create") && (
          <button type="button" className="primary" onClick={() => setPanel({ kind: "edit" })}>New module</button>
        )}
      </div>
      <p className="muted">Modules group APIs. A macro that belongs to a module can be included by that module's APIs only.</p>
      <ListState list={list} shown={rows.length} empty="No modules yet." />
      {rows.length > 0 && (
        <table className="list-table" aria-label="Modules">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Description</th><th scope="col">APIs</th>
              <th scope="col">Sort order</th><th scope="col">Active</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((module) => (
              <ModuleRow key={module.id} module={module}
                onEdit={() => setPanel({ kind: "edit", module })}
                onDelete={() => setPanel({ kind: "delete", module })} />
            ))}
          </tbody>
        </table>
      )}
      {panel?.kind === "edit" && <ModuleDialog module={panel.module} onClose={() => setPanel(null)} />}
      {panel?.kind === "delete" && <DeleteModuleDialog module={panel.module} onClose={() => setPanel(null)} />}
    </section>
  );
}
