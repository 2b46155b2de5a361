import type { FormEvent } from "react";
import { errorMessage } from "../../api/problem";
import { ClientPicker } from "./ClientPicker";
import { ParamInputs } from "./ParamInputs";
import { ResponseView } from "./ResponseView";
import type { Client } from "./clients";
import type { ParamDefinition } from "../model";
import type { RequestPlan } from "./requestPlan";
import { mayCarryBody } from "./tryIt";
import { useTrySend } from "./useTrySend";

interface Props {
  apiId: number | string;
  isPrivate: boolean;
  params: readonly ParamDefinition[];
  values: Readonly<Record<string, string>>;
  onValueChange: (name: string, value: string) => void;
  clientId: string;
  onClientChange: (clientId: string, client: Client | null) => void;
  /** The call the values make. */
  plan: RequestPlan;
  /** The user may run this API (Send is hidden otherwise). */
  canSend: boolean;
}

/** Calls the published API from the browser with typed values and shows the gateway's answer. */
export function TryIt({ apiId, isPrivate, params, values, onValueChange, clientId, onClientChange, plan, canSend }: Props) {
  const send = useTrySend();
  const needsClient = isPrivate && clientId === "";
  const bodyDropped = plan.body !== null && !mayCarryBody(plan.method);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!canSend || needsClient) return;
    send.mutate({ plan, clientId: isPrivate ? clientId : null });
  }

  return (
    <form className="try-it" onSubmit={submit} noValidate>
      <h3>Try it</h3>
      {isPrivate && <ClientPicker apiId={apiId} value={clientId} onChange={onClientChange} />}
      <ParamInputs params={params} values={values} onChange={onValueChange} />
      {bodyDropped && <p className="muted">Browsers send no body with {plan.method}, so body parameters are left out here.</p>}
      <p className="try-url"><code>{plan.method} {plan.url}</code></p>
      {canSend ? (
        <div className="try-actions">
          <button type="submit" className="primary" disabled={send.isPending || needsClient}>{send.isPending ? "Sending…" : "Send"}</button>
          {needsClient && <span className="muted">Choose a client to call this private API as.</span>}
        </div>
      ) : (
        <p className="muted">You may read this API but not run it, so sending is not offered.</p>
      )}
      {send.error != null && <p role="alert" className="error">{errorMessage(send.error)}</p>}
      {send.data && <ResponseView result={send.data} />}
    </form>
  );
}
