import { useMemo, useState } from "react";
import { errorMessage } from "../../api/problem";
import { useCurrentUser } from "../../auth/session";
import { Loading } from "../../shell/Loading";
import { useVersion } from "../../versions/queries";
import type { ApiRecord, ApiVersion, ParamDefinition } from "../model";
import { Snippets } from "./Snippets";
import { TryIt } from "./TryIt";
import type { Client } from "./clients";
import { exampleText } from "./exampleValues";
import { planRequest } from "./requestPlan";
import "./callit.css";

/** How to call a published API: snippets and try-it, both from the published version's parameters. */
export function CallItPanel({ api }: { api: ApiRecord }) {
  const { can } = useCurrentUser();
  const id = Number(api.id);
  const published = useVersion("apis", id, api.published_version_id ?? null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [clientId, setClientId] = useState("");
  const [client, setClient] = useState<Client | null>(null);
  const params = useMemo(() => {
    const declared = (published.data as ApiVersion | undefined)?.params;
    return Array.isArray(declared) ? (declared as ParamDefinition[]) : [];
  }, [published.data]);
  const origin = window.location.origin;
  const isPrivate = api.access_type !== "public";
  const target = { path: api.path ?? "", method: api.http_method ?? "GET", params };
  const examples = Object.fromEntries(params.map((param) => [param.name, exampleText(param)]));
  const typed = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
  const snippetPlan = planRequest(target, { ...examples, ...typed }, origin);
  const tryPlan = planRequest(target, values, origin);

  if (published.isLoading) return <Loading />;
  if (published.error) return <p role="alert" className="error">{errorMessage(published.error)}</p>;
  return (
    <div className="call-it">
      <p className="muted">
        Version {String(api.published_version)} is published at <code>{api.http_method} /api/{api.path}</code>
        {isPrivate ? "; it is private: callers send a client's token." : "; it is public: no token needed."}
      </p>
      <h3>Snippets</h3>
      <Snippets plan={snippetPlan} token={isPrivate ? { origin, clientId: client?.client_id ?? null } : null} />
      <TryIt apiId={id} isPrivate={isPrivate} params={params} values={values}
        onValueChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        clientId={clientId} onClientChange={(next, chosen) => { setClientId(next); setClient(chosen); }}
        plan={tryPlan} canSend={can("api", "execute", id)} />
    </div>
  );
}
