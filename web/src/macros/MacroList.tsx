import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useCurrentUser } from "../auth/session";
import { ListState } from "../shell/ListState";
import { useModules } from "../modules/queries";
import { DeleteMacro } from "./DeleteMacro";
import { macroState, scopeLabel, type Macro } from "./macroDraft";
import { useMacros } from "./queries";

/** `/macros`: every macro with where it may be included, its state and when it last changed. */
export function MacroList() {
  const navigate = useNavigate();
  const { can } = useCurrentUser();
  const list = useMacros();
  const modules = useModules(can("module", "read"));
  const [deleting, setDeleting] = useState<Macro | null>(null);
  const rows = list.data?.data ?? [];
  const moduleRows = modules.data?.data ?? [];
  return (
    <section>
      <div className="section-header">
        <h1>Macros</h1>
        {can("macro", "create") && <button type="button" className="primary" onClick={() => void navigate("/macros/new")}>New macro</button>}
      </div>
      <p className="muted">
        Reusable template fragments and JavaScript. An API template includes the published version of a SQL macro with{" "}
        <code>{"{% include 'name' %}"}</code>; a script API imports a JavaScript macro with <code>{'import { f } from "name";'}</code>.
      </p>
      <ListState list={list} shown={rows.length} empty="No macros yet." />
      {rows.length > 0 && (
        <table className="list-table" aria-label="Macros">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Language</th><th scope="col">Description</th><th scope="col">Included by</th>
              <th scope="col">State</th><th scope="col">Updated</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((macro) => (
              <tr key={macro.id}>
                <th scope="row"><Link to={`/macros/${macro.id}`}>{macro.name}</Link></th>
                <td>{macro.language === "javascript" ? "JavaScript" : "SQL"}</td>
                <td>{macro.description || <span className="muted">—</span>}</td>
                <td>{macro.module_id == null ? "Any API" : `APIs in ${scopeLabel(macro.module_id, moduleRows)}`}</td>
                <td><span className="badge">{macroState(macro)}</span></td>
                <td>{macro.updated_at ? new Date(macro.updated_at).toLocaleString() : ""}</td>
                <td className="row-actions">
                  {can("macro", "update", macro.id) && (
                    <button type="button" aria-label={`Edit ${macro.name}`} onClick={() => void navigate(`/macros/${macro.id}`)}>Edit</button>
                  )}
                  {can("macro", "delete", macro.id) && (
                    <button type="button" aria-label={`Delete ${macro.name}`} onClick={() => setDeleting(macro)}>Delete</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && <DeleteMacro macro={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}
